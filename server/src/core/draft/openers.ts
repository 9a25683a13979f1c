/*
 * The fixed formulas of a motie and of Kamervragen. Real drafts vary: upper case, "Voorts constaterende",
 * "en verzoekt", list markers (stripped before these run), the aanhef and beraadslaging on one line.
 * Each pattern matches at the start of a line's words; group 0 is the opener that the outline and rules show.
 */

export const AANHEF = /^de\s+(?:tweede\s+)?kamer(?:\s+der\s+staten-generaal)?(?=\s*(?:,|$|gehoord\b))\s*,?/i;

export const BERAADSLAGING = /^gehoord\s+de\s+beraadslaging(?:en)?\s*,?/i;

const OVERWEGING_HEAD =
  'constaterende|overwegende|concluderende|vaststellende|erkennende|benadrukkende|onderstrepende|betreurende|' +
  'meenende|wijzende\\s+op|in\\s+aanmerking\\s+nemende|gelet\\s+op|gezien|van\\s+mening|van\\s+oordeel|' +
  'van\\s+opvatting|van\\s+gevoelen|overtuigd|verontrust|bezorgd|verheugd|zich\\s+realiserende|beseffende|' +
  'signalerende|opmerkende|kennisnemende|kennis\\s+genomen\\s+hebbende|ervan\\s+uitgaande|voorts\\s+van\\s+mening';

/** "constaterende dat", "Voorts overwegende dat", "van mening dat", "gelet op". */
export const OVERWEGING = new RegExp(
  `^(?:(?:en\\s+)?(?:voorts|tevens|verder|mede|ook|nog|daarnaast|bovendien|eveneens|tot\\s+slot|ten\\s+slotte)\\s+)?(?:${OVERWEGING_HEAD})\\b(?:\\s+dat\\b)?`,
  'i',
);

/** The dictum: what the Kamer asks, says or decides. */
export const DICTUM = new RegExp(
  '^(?:en\\s+)?(?:' +
    'verzoekt\\b(?:\\s+(?:de\\s+regering|het\\s+kabinet|de\\s+minister(?:-president)?|de\\s+staatssecretaris|het\\s+presidium|de\\s+voorzitter|de\\s+griffie|de\\s+bewindspersonen?|de\\s+ministers))?' +
    '|roept\\s+(?:de\\s+regering|het\\s+kabinet|de\\s+minister|de\\s+staatssecretaris)(?:\\s+op)?' +
    '|draagt\\s+(?:de\\s+regering|het\\s+kabinet|de\\s+minister|het\\s+presidium)(?:\\s+op)?' +
    '|spreekt\\s+(?:uit|als\\s+(?:haar|zijn)\\s+(?:mening|oordeel|overtuiging)\\s+uit|haar\\s+\\w+\\s+uit)' +
    '|dringt\\s+er\\s+bij\\b' +
    '|besluit\\b|wenst\\b|nodigt\\b|keurt\\b|betuigt\\b|zegt\\s+het\\s+vertrouwen\\b|geeft\\s+de\\s+regering\\b|doet\\s+een\\s+(?:dringend\\s+)?beroep\\b|vraagt\\s+de\\s+regering\\b' +
    ')',
  'i',
);

/**
 * Openers that cannot be anything else, even at the start of a wrapped line: "constaterende dat", "van mening dat",
 * "verzoekt", "roept … op", "spreekt uit". The short ones ("gezien", "gelet op", "besluit", "wenst") also occur
 * inside a sentence that wraps, so they open a part only on a fresh line (after a blank line or a closed part).
 */
export const STRONG_OVERWEGING = new RegExp(
  `^(?:(?:en\\s+)?(?:voorts|tevens|verder|mede|ook|nog|daarnaast|bovendien|eveneens|tot\\s+slot|ten\\s+slotte)\\s+)?(?:[a-z]+ende|concluderend|van\\s+(?:mening|oordeel|opvatting|gevoelen)|kennis\\s+genomen\\s+hebbende|in\\s+aanmerking\\s+nemende)\\s+dat\\b`,
  'i',
);
export const STRONG_DICTUM =
  /^(?:en\s+)?(?:verzoekt\b|roept\s+(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\s+op\b|draagt\s+(?:de\s+regering|het\s+kabinet|de\s+minister|het\s+presidium)\s+op\b|spreekt\s+(?:uit\b|als\s+(?:haar|zijn)\s+(?:mening|oordeel|overtuiging)\s+uit\b)|dringt\s+er\s+bij\b)/i;

/** The aanhef as a line of its own ("De Kamer," alone, or followed by "gehoord de beraadslaging"): for kind detection. */
export const AANHEF_LINE = /^de\s+(?:tweede\s+)?kamer(?:\s+der\s+staten-generaal)?\s*,?\s*(?:$|gehoord\s+de\s+beraadslaging)/i;

/** The slot, also when it follows the dictum on the same line. */
export const SLOT = /(?:^|,?\s+)en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b\.?/i;
export const SLOT_AT_START = /^en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b\.?/i;
export const SLOT_TEXT = 'en gaat over tot de orde van de dag.';

/** "Motie van het lid X over Y", "Motie van de leden X en Y", "Nr. 469 MOTIE VAN HET LID …". */
export const MOTIE_KOP = /^(?:nr\.?\s*\d+\s+)?(?:gewijzigde\s+)?motie\s+(?:van\s+(?:het\s+lid|de\s+leden|ht\s+lid)\b|\(?gewijzigd)/i;

/** "Vragen van het lid X (Partij) aan de minister van Y over Z (ingezonden 12 mei 2023)". */
export const VRAGEN_HEADER = /^(?:schriftelijke\s+)?vragen\s+van\s+(?:het\s+lid|de\s+leden|lid|leden)\b/i;

/** A header that is not the standard one: "Vragen aan de minister van …", "Schriftelijke vragen aan …". */
export const HEADER_LIKE = /^(?:schriftelijke\s+)?(?:kamer)?vragen\b/i;

/** The addressee in a header: "aan de minister van Justitie en Veiligheid", "aan de staatssecretaris van …". */
export const ADRESSAAT =
  /\baan\s+(?:de\s+)?(?:minister-president|ministers?|staatssecretaris(?:sen)?|bewindspersonen?)\b[^()\n]*?(?=\s+over\b|\s*\(|\s*[.:]?\s*$)/i;

/** "Vraag 3", "Vraag 3:", "Vraag 3." at the start of a line (the ordered-list form "3." is a line marker). */
export const VRAAG_NUMMER = /^vraag\s+(\d{1,3})\b\s*[.:)]?\s*/i;

/** "Antwoord 3" / "Antwoord" ends a question in answered drafts. */
export const ANTWOORD = /^antwoord(?:\s+(?:op\s+vraag\s+)?\d{1,3})?\b\s*[.:]?/i;

/** "Mededeling" / "Toelichting" headings do not belong to a question. */
export const TOELICHTING = /^(?:toelichting|mededeling|bronnen|noten|voetnoten)\b/i;

/** A heading or line that opens the list of notes: "Noten", "Voetnoten:", "Bronnen". */
export const NOTES_HEADING = /^(?:noten|voetnoten|bronnen)\s*:?\s*$/i;

/** A note in the published form: "1 BNR, 20 mei 2025, …" or "¹ NOS, …" (number, space, text; no list dot). */
export const NOTE_LINE = /^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)[ \t]+(?=\S)/;
