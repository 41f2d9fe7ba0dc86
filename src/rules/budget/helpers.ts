// Helpers of the budget/ rules only.

/** Budget categories that buy reach or results and so must state an expected return. */
export const PAID_CATEGORIES = ['paid-media', 'influencers', 'agency'];
