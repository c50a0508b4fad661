/** Password length limits, in a module of their own so the sign-in form does not load the common-password list. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
