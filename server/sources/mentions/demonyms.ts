// The demonyms of communes ("bisontin, bisontine" → Besançon): those of GBM's communes that have an
// established one, and those of every prefecture of metropolitan France. The masculine singular is
// written here; the feminine and plural forms follow French rules (irregular ones are listed).
// Sources of the GBM communes added later: the commune's article of the French Wikipedia (« Gentilé »
// in its infobox: Thise → Thisiens) and the Trésor des régions page of Grand Besançon Métropole
// (tresordesregions.mgm.fr, EPCI 242500361: « Braillans (210 Braillannais…) », « Champoux (90
// Champoursiens…) », « Deluz (620 Deluziens…) »). Left out on purpose: a demonym shared by other
// communes (Châtillon-le-Duc's « Châtillonnais »), one whose feminine no source gives (Amagney's
// « Magnoulots »), and the double one of a merged commune (Marchaux-Chaudefontaine).

/** INSEE code → masculine singular demonym, with irregular feminine forms where they exist. */
const demonymTable: Array<[code: string, masculine: string, feminine?: string]> = [
  // GBM's communes with an established demonym
  ["25056", "bisontin"],
  ["25527", "saint-vitois"],
  ["25532", "saônois"],
  ["25560", "thisien"],
  ["25086", "braillannais"],
  ["25117", "champoursien"],
  ["25197", "deluzien"],
  // Prefectures
  ["01053", "burgien"],
  ["02408", "laonnois"],
  ["03190", "moulinois"],
  ["04070", "dignois"],
  ["05061", "gapençais"],
  ["06088", "niçois"],
  ["07186", "privadois"],
  ["08105", "carolomacérien"],
  ["09122", "fuxéen"],
  ["10387", "troyen"],
  ["11069", "carcassonnais"],
  ["12202", "ruthénois"],
  ["13055", "marseillais"],
  ["14118", "caennais"],
  ["15014", "aurillacois"],
  ["16015", "angoumoisin"],
  ["17300", "rochelais"],
  ["18033", "berruyer", "berruyère"],
  ["21231", "dijonnais"],
  ["22278", "briochin"],
  ["23096", "guérétois"],
  ["24322", "périgourdin"],
  ["26362", "valentinois"],
  ["27229", "ébroïcien"],
  ["28085", "chartrain"],
  ["29232", "quimpérois"],
  ["2A004", "ajaccien"],
  ["2B033", "bastiais"],
  ["30189", "nîmois"],
  ["31555", "toulousain"],
  ["32013", "auscitain"],
  ["33063", "bordelais"],
  ["34172", "montpelliérain"],
  ["35238", "rennais"],
  ["36044", "castelroussin"],
  ["37261", "tourangeau", "tourangelle"],
  ["38185", "grenoblois"],
  ["39300", "lédonien"],
  ["40192", "montois"],
  ["41018", "blésois"],
  ["42218", "stéphanois"],
  ["43157", "ponot"],
  ["44109", "nantais"],
  ["45234", "orléanais"],
  ["46042", "cadurcien"],
  ["47001", "agenais"],
  ["48095", "mendois"],
  ["49007", "angevin"],
  ["50502", "saint-lois"],
  ["51108", "châlonnais"],
  ["52121", "chaumontais"],
  ["53130", "lavallois"],
  ["54395", "nancéien"],
  ["55029", "barisien"],
  ["56260", "vannetais"],
  ["57463", "messin"],
  ["58194", "neversois"],
  ["59350", "lillois"],
  ["60057", "beauvaisien"],
  ["61001", "alençonnais"],
  ["62041", "arrageois"],
  ["63113", "clermontois"],
  ["64445", "palois"],
  ["65440", "tarbais"],
  ["66136", "perpignanais"],
  ["67482", "strasbourgeois"],
  ["68066", "colmarien"],
  ["69123", "lyonnais"],
  ["70550", "vésulien"],
  ["71270", "mâconnais"],
  ["72181", "manceau", "mancelle"],
  ["73065", "chambérien"],
  ["74010", "annécien"],
  ["75056", "parisien"],
  ["76540", "rouennais"],
  ["77288", "melunais"],
  ["78646", "versaillais"],
  ["79191", "niortais"],
  ["80021", "amiénois"],
  ["81004", "albigeois"],
  ["82121", "montalbanais"],
  ["83137", "toulonnais"],
  ["84007", "avignonnais"],
  ["85191", "yonnais"],
  ["86194", "poitevin"],
  ["87085", "limougeaud"],
  ["88160", "spinalien"],
  ["89024", "auxerrois"],
  ["90010", "belfortain"],
  ["91228", "évryen"],
  ["92050", "nanterrien"],
  ["93008", "balbynien"],
  ["94028", "cristolien"],
  ["95500", "pontoisien"],
];

/** The feminine of a regular demonym: bisontin → bisontine, parisien → parisienne. */
function feminineOf(masculine: string): string {
  if (/(ien|éen|yen)$/.test(masculine)) return `${masculine}ne`;
  return `${masculine}e`;
}

/** The plural of a demonym: bisontin → bisontins, niçois → niçois, manceau → manceaux. */
function pluralOf(word: string): string {
  if (/[sx]$/.test(word)) return word;
  if (word.endsWith("eau")) return `${word}x`;
  return `${word}s`;
}

/** Every written form of every demonym (masculine, feminine, singular, plural) → the commune's INSEE code. */
export function demonymForms(): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [code, masculine, feminine = feminineOf(masculine)] of demonymTable)
    for (const form of [masculine, feminine, pluralOf(masculine), pluralOf(feminine)]) forms.set(form, code);
  return forms;
}
