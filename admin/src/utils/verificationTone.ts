type VerificationTone = 'verified' | 'unverified' | 'failed';

/**
 * Collapses the server's verification states into what an admin needs at a glance. Every state
 * other than `valid` and `unverified` is a specific failure, explained by the account's detail text.
 */
const verificationTone = (status: string): VerificationTone => {
  switch (status) {
    case 'valid':
      return 'verified';
    case 'unverified':
      return 'unverified';
    default:
      return 'failed';
  }
};

export { verificationTone, type VerificationTone };
