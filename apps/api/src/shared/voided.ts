/** How a record that can be voided shows it: voided records stay readable, with the reason given. */
export function voidedFields(state: { readonly status: string; readonly reason?: string }): { voided: boolean; voidReason?: string } {
  return state.status === 'voided' ? { voided: true, voidReason: state.reason } : { voided: false };
}
