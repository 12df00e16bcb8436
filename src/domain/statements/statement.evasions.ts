/**
 * Two ways a statement looks right and still fails the customer (v1.2), as phrase lists compared after
 * normaliseStatement, `*` ending a prefix. Phrases are whole expressions, so the honest near misses pass:
 * "przepraszamy za niedogodności związane z opóźnieniem" names what went wrong; "to nie jest wina kuriera,
 * to nasza" takes the blame.
 */

/** The classic non-apology: sorry for "any inconvenience", or for how someone took it. */
export const NON_APOLOGY_PHRASES: Record<string, string[]> = {
  en: [
    'any inconvenience',
    'inconvenience this may have caused',
    'inconvenience that may have caused',
    'sorry if you were',
    'sorry if anyone',
    'apologise if anyone',
    'apologize if anyone',
    'apologise if you were',
    'apologize if you were',
    'sorry you feel',
    'sorry that you feel',
    'sorry you see it that way',
  ],
  pl: [
    'ewentualne niedogodności',
    'ewentualne utrudnienia',
    'ewentualne problemy',
    'za wszelkie niedogodności',
    'za wszelkie utrudnienia',
    'za zaistniałą sytuację',
    'jeśli ktoś poczuł się',
    'jeżeli ktoś poczuł się',
    'jeśli poczuł się pan',
    'jeśli poczuła się pani',
    'jeśli poczuliście się',
    'że tak to odbierasz',
    'że tak pan to odebrał',
    'że tak pani to odebrała',
  ],
  el: ['για οποιαδήποτε ταλαιπωρία', 'για τυχόν ταλαιπωρία', 'αν κάποιος προσβλήθηκε', 'αν νιώσατε'],
};

/** Blame shifted to a third party (the courier, "circumstances") for what the brand owns to its customer. */
export const DEFLECTION_PHRASES: Record<string, string[]> = {
  en: [
    'the courier is to blame',
    // "it's the courier's fault": the apostrophes are spaces once normalised.
    "the courier's fault",
    'the delivery company is to blame',
    'beyond our control',
    'out of our hands',
    'not our fault',
    'not our responsibility',
    'nothing we could do',
    'we had no influence',
    'we have no influence',
  ],
  pl: [
    'to wina kuriera',
    'to wina firmy kurierskiej',
    'to wina przewoźnika',
    'winę ponosi kurier',
    'winę ponosi firma kurierska',
    'winę ponosi przewoźnik',
    'zawinił kurier',
    'zawiniła firma kurierska',
    'nie mieliśmy na to wpływu',
    'nie mamy na to wpływu',
    'nie mieliśmy wpływu',
    'nie mamy wpływu',
    'nie z naszej winy',
    'to nie nasza wina',
    'nie ponosimy odpowiedzialności',
    'nie ponosimy winy',
    'od nas niezależnych',
    'niezależnych od nas',
  ],
  el: [
    'δεν φταίμε εμείς',
    'δεν είναι δικό μας λάθος',
    'ευθύνεται η εταιρεία courier',
    'εκτός του ελέγχου μας',
  ],
};
