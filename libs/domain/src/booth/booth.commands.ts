// Hello老友亭 booth commands.
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import type { BoothKind } from './booth.events';
import type { Command } from '../shared/message';

export type OpenBooth = Command<'OpenBooth', {
  readonly boothId: string;
  readonly name: string;
  readonly kind: BoothKind;
  readonly hostId: string;
  /** Resolved by the app from the OrgChart. */
  readonly host?: OrgUnitSnapshot | null;
  readonly subdistrict: string;
  /** The 街道 list the bureau keeps (knownSubdistricts of the list), read by the app; empty when none is kept. */
  readonly knownSubdistricts: readonly string[];
  readonly location: string;
  readonly openedOn: string;
}>;

export type RecordBoothSession = Command<'RecordBoothSession', {
  readonly boothId: string;
  readonly sessionId: string;
  readonly date: string;
  readonly volunteers: number;
  readonly peopleServed: number;
  readonly services: readonly string[];
}>;

export type VoidBoothSession = Command<'VoidBoothSession', { readonly boothId: string; readonly sessionId: string; readonly reason: string }>;

export type CloseBooth = Command<'CloseBooth', { readonly boothId: string; readonly closedOn: string }>;

export type BoothCommand = OpenBooth | RecordBoothSession | VoidBoothSession | CloseBooth;
