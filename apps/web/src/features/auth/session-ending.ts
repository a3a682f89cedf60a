// Whether the last session here ended because the person chose 退出. A session that ends by
// itself (expired, ended elsewhere, account disabled) sends the person to sign in again with a
// word on why; one they ended themselves needs none.
let signedOutOnPurpose = false;

export const markSignedOut = (): void => {
  signedOutOnPurpose = true;
};

export const markSignedIn = (): void => {
  signedOutOnPurpose = false;
};

export const endedOnPurpose = (): boolean => signedOutOnPurpose;
