// The names of the linear forms run as conversations (entered from one feature, defined in another).
export const HALF_YEAR = "half-year";
export const FINAL = "final-reflection";
