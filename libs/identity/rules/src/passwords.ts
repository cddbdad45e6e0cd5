// The password rules (`@bastion/identity-rules/passwords`), an entry of their own: they carry the
// common-password dictionary, which must not ride into the workflow bundles that apply the
// organisation rules of the main entry.
export * from './lib/password-policy';
