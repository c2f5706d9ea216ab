// The bots' lines in German: the same parts, slots and number of variants as in English
// (replies.en-uk.ts), in the Sie-form of the conference room. Names come quoted after a noun
// ("bei der Frage „…“", as the scenario's talk says; options already in „…“), so that no name has to be declined; {topic} is a
// noun without article ("Änderungsantrag 3", "Option „…“", "Frage „…“", "Entwurf"), always after
// "in Sachen", where German leaves it uninflected. Points come in the nominative or accusative
// ("bringt uns 3 Punkte", "auf 10 Punkte"), never after "mit", "von" or "gegenüber", which would
// need the dative ("Punkten").
import type { PartLines, VoiceLines } from "./replies.ts";

export const DE_PARTS: PartLines = {
  prefer: [
    "Bei der Frage „{issue}“ bevorzugen wir {best}.",
    "Unsere erste Wahl bei der Frage „{issue}“ ist {best}.",
    "Bei der Frage „{issue}“ passt uns {best} am besten.",
  ],
  liveWith: ["Mit {ok} können wir leben.", "{ok} ginge auch.", "Auch {ok} könnten wir akzeptieren."],
  nothingElse: [
    "Alles andere dort passt uns nicht.",
    "Alles andere dort wäre zu Hause kaum zu vermitteln.",
    "Eine zweite Wahl sehen wir dort nicht.",
  ],
  redLine: [
    "{red} überschreitet unsere rote Linie: {redText}",
    "Nichts mit {red} werden wir unterschreiben. {redText}",
    "{red} kommt für uns nicht in Frage. {redText}",
  ],
  draftHas: [
    "Der Entwurf sieht dort {current} vor: {pts} für uns; unsere erste Wahl brächte {max}.",
    "So wie der Entwurf steht, bringt uns {current} {pts} (unsere erste Wahl: {max}).",
    "Der heutige Text, {current}, ist uns {pts} wert; {best} wäre {max} wert.",
  ],
  draftIsBest: [
    "Der Entwurf sieht bereits {current} vor, und das soll so bleiben: {pts} für uns.",
    "Genau das steht jetzt im Entwurf, {current}; lassen Sie es so ({pts} für uns).",
    "{current} steht schon im Text und ist uns {pts} wert: Bitte nicht anrühren.",
  ],
  draftBlank: [
    "Der Entwurf lässt die Frage „{issue}“ vorerst offen.",
    "Zur Frage „{issue}“ steht noch nichts im Text.",
    "Die Frage „{issue}“ ist im Entwurf noch eine leere Zeile.",
  ],
  optBest: [
    "{option} ist unsere erste Wahl bei der Frage „{issue}“: {pts} für uns.",
    "Wir wollen {option} bei der Frage „{issue}“; nichts dort ist uns mehr wert ({pts}).",
    "{option}? Ja — unser Favorit bei der Frage „{issue}“, {pts}.",
  ],
  optOk: [
    "Mit {option} bei der Frage „{issue}“ können wir leben: {pts} für uns, während {best} {max} brächte.",
    "{option} bei der Frage „{issue}“ ist annehmbar — {pts}, auch wenn {best} uns {max} brächte.",
    "{option} bei der Frage „{issue}“ könnten wir akzeptieren ({pts}); lieber wäre uns aber {best}.",
  ],
  optPoor: [
    "{option} bei der Frage „{issue}“ ist für uns schwer zu vermitteln: nur {pts}, während {best} {max} brächte.",
    "Offen gesagt bringt uns {option} bei der Frage „{issue}“ wenig ({pts}); wir brauchen {best}.",
    "Mit {option} bei der Frage „{issue}“ täten wir uns schwer: {pts}, während {best} {max} bringt.",
  ],
  optRed: [
    "Nein: {option} überschreitet unsere rote Linie. {redText}",
    "{option} bei der Frage „{issue}“ ist für uns eine rote Linie. {redText}",
    "{option} werden wir niemals unterschreiben. {redText}",
  ],
  optInDraft: [
    "Das steht bereits im Entwurf.",
    "Genau das sieht der Entwurf heute vor.",
    "So steht es derzeit im Text.",
  ],
  optVsDraft: [
    "{current} aus dem Entwurf bringt uns {cur}.",
    "Zum Vergleich, {current} im Entwurf: {cur}.",
    "Was der Entwurf jetzt vorsieht, {current}, ist uns {cur} wert.",
  ],
  amYes: [
    "Ja, wir unterstützen Änderungsantrag {n}: {option} bei der Frage „{issue}“ {why}.",
    "Änderungsantrag {n} hat unsere Unterstützung — {option} bei der Frage „{issue}“ {why}.",
    "Wir werden Änderungsantrag {n} unterstützen; {option} bei der Frage „{issue}“ {why}.",
  ],
  amNo: [
    "Änderungsantrag {n} können wir nicht unterstützen: {option} bei der Frage „{issue}“ {why}.",
    "Änderungsantrag {n} leider nicht — {option} bei der Frage „{issue}“ {why}.",
    "Änderungsantrag {n} passt uns nicht; {option} bei der Frage „{issue}“ {why}.",
  ],
  amRed: [
    "Änderungsantrag {n} würde {option} in den Text schreiben — unsere rote Linie. {redText}",
    "Änderungsantrag {n} können wir nicht unterstützen: {option} überschreitet unsere rote Linie. {redText}",
    "Nein zu Änderungsantrag {n}. {option} ist für uns eine rote Linie. {redText}",
  ],
  amAlready: [
    "Wir unterstützen Änderungsantrag {n} bereits.",
    "Änderungsantrag {n} hat schon länger unsere Unterstützung.",
    "Unser Name steht schon unter Änderungsantrag {n}.",
  ],
  amOwn: [
    "Änderungsantrag {n} ist unser eigener; wir hoffen, dass der Tisch ihn unterstützt.",
    "Das ist unser Änderungsantrag, Nummer {n}: Bitte unterstützen Sie ihn.",
    "Änderungsantrag {n} haben wir selbst eingebracht — Ihre Unterstützung ist willkommen.",
  ],
  amClosed: [
    "Änderungsantrag {n} ist bereits abgeschlossen.",
    "Änderungsantrag {n} ist nicht mehr offen.",
    "Zu spät für Änderungsantrag {n}: Er ist schon erledigt.",
  ],
  amUnknown: [
    "Wir sehen keinen Änderungsantrag {n} auf dem Tisch.",
    "Einen Änderungsantrag {n} gibt es unseres Wissens nicht.",
    "Änderungsantrag {n}? Den finden wir nicht.",
  ],
  amNotNow: [
    "Änderungsantrag {n} gefällt uns, aber Unterstützung gibt es erst in den Verhandlungsrunden.",
    "Änderungsantrag {n} scheint uns richtig; wir unterstützen ihn, sobald die Verhandlungen laufen.",
    "Unsere Unterstützung für Änderungsantrag {n} muss warten, bis die Verhandlung begonnen hat.",
  ],
  tableIt: [
    "Bringen Sie einen Änderungsantrag für {option} bei der Frage „{issue}“ ein, und wir unterstützen ihn: Das {why}.",
    "Schlagen Sie {option} bei der Frage „{issue}“ als Änderungsantrag vor, und Sie haben unsere Unterstützung — das {why}.",
    "Beantragen Sie {option} bei der Frage „{issue}“, und wir stimmen zu; das {why}.",
  ],
  wontBack: [
    "{option} bei der Frage „{issue}“ würden wir nicht unterstützen: Das {why}.",
    "{option} bei der Frage „{issue}“ können wir nicht mittragen — das {why}.",
    "Keine Unterstützung von uns für {option} bei der Frage „{issue}“; das {why}.",
  ],
  whyGain: [
    "bringt uns dort {to} (bisher {from})",
    "hebt unseren Wert dort auf {to} (bisher {from})",
    "ist uns {to} wert, heute sind es {from}",
  ],
  whyHold: [
    "kostet uns dort Punkte, macht das Abkommen aber haltbarer",
    "ist auf dem Papier ein Rückschritt, stärkt aber den Rahmen",
    "kostet uns dort etwas und bringt im Stresstest mehr",
  ],
  whyLoss: [
    "würde uns {loss} kosten",
    "senkt unseren Wert dort auf {to} (bisher {from})",
    "ist uns nur {to} wert, heute sind es {from}",
  ],
  whyWeaker: [
    "bringt dort etwas, schwächt aber das Abkommen insgesamt",
    "sieht für sich genommen gut aus, macht den Rahmen aber weniger haltbar",
    "würde das Gesamtpaket für uns verschlechtern",
  ],
  oppAgree: [
    "Einverstanden, {option} bei der Frage „{issue}“ unterstützen wir nicht: Es bringt uns nur {pts}.",
    "Auch wir halten wenig von {option} bei der Frage „{issue}“ ({pts} für uns).",
    "Unter {option} bei der Frage „{issue}“ werden Sie unseren Namen nicht finden: Es bringt uns nur {pts}, das ist zu wenig.",
  ],
  oppNeutral: [
    "{option} bei der Frage „{issue}“ macht für uns kaum einen Unterschied ({pts}, derzeit {cur}); dagegen kämpfen wir nicht.",
    "Zu {option} bei der Frage „{issue}“ haben wir keine feste Meinung: {pts}, etwa so viel wie {current}.",
    "Weder für noch gegen {option} bei der Frage „{issue}“: {pts} für uns, derzeit {cur}.",
  ],
  oppDisagree: [
    "Gegen {option} bei der Frage „{issue}“ stellen wir uns nicht: Es ist uns {pts} wert, mehr als {current} ({cur}).",
    "Tut uns leid, {option} bei der Frage „{issue}“ passt uns: {pts}, während {current} {cur} bringt.",
    "{option} bei der Frage „{issue}“ können wir nicht blockieren; es bringt uns {pts}, {current} dagegen {cur}.",
  ],
  signYes: [
    "Wir würden den Entwurf so unterschreiben: {pts} für uns, mehr als unsere Rückfallposition.",
    "So wie er steht, ja — dieser Text ist uns {pts} wert, besser als kein Abkommen.",
    "Das können wir unterschreiben: Es bringt uns {pts}, mehr, als ohne Ergebnis zu gehen.",
  ],
  signNow: [
    "Wir unterschreiben: {pts} für uns.",
    "Sie haben unsere Unterschrift — dieser Text ist uns {pts} wert.",
    "Wir unterschreiben; dieses Abkommen bringt uns {pts} und lohnt sich.",
  ],
  signBlank: [
    "Einen Entwurf mit Lücken können wir nicht unterschreiben; noch offen: {issues}.",
    "Noch nicht — im Text noch leer: {issues}.",
    "Eine Unterschrift braucht einen vollständigen Text; noch leer: {issues}.",
  ],
  signRed: [
    "Wir können nicht unterschreiben: {red} überschreitet unsere rote Linie. {redText}",
    "Nicht mit {red} im Text. {redText}",
    "Solange {red} im Text steht, unterschreiben wir nicht. {redText}",
  ],
  signLow: [
    "So nicht: Dieser Text bringt uns {pts}, weniger als kein Abkommen. Bei der Frage „{issue}“ muss sich etwas bewegen.",
    "Nein — dieser Text liegt unter unserer Rückfallposition ({pts}). Bewegen Sie sich bei der Frage „{issue}“, dann reden wir.",
    "Diesen Text würden wir nicht unterschreiben: {pts} für uns. Die Frage „{issue}“ ist das Problem.",
  ],
  offerYes: [
    "Abgemacht: Wir unterstützen Sie in Sachen {want} und zählen in Sachen {give} auf Sie.",
    "Einverstanden — in Sachen {want} haben Sie unsere Unterstützung; wir erwarten Ihre in Sachen {give}.",
    "Wir nehmen an: unsere Unterstützung in Sachen {want}, Ihre in Sachen {give}.",
  ],
  offerLater: [
    "Zusammen passt uns das: Sobald Sie in Sachen {give} geliefert haben, unterstützen wir Sie in Sachen {want}.",
    "Dieser Tausch ist möglich — erst bewegen Sie sich in Sachen {give}, dann unterstützen wir Sie in Sachen {want}.",
    "Fair: Liefern Sie in Sachen {give}, und in Sachen {want} haben Sie unsere Unterstützung.",
  ],
  offerNo: [
    "Dieser Tausch passt uns nicht: Unser Zugeständnis in Sachen {want} kostet uns mehr, als Ihres in Sachen {give} bringt.",
    "Darauf lassen wir uns nicht ein — in Sachen {want} ist das zu teuer für uns, selbst mit Ihrem Schritt in Sachen {give}.",
    "Wir müssen ablehnen: Ihr Schritt in Sachen {give} wiegt unseren in Sachen {want} nicht auf.",
  ],
  offerWritten: [
    "Wir haben es als verknüpftes Angebot auf den Tisch gelegt: Nehmen Sie es an, dann sind beide Seiten daran gebunden.",
    "Es liegt jetzt als verknüpftes Angebot an Sie auf dem Tisch; nehmen Sie es an, und unser beider Wort ist festgehalten.",
    "Schriftlich erledigt: Ein verknüpftes Angebot an Sie liegt auf dem Tisch.",
  ],
  offerDistrust: [
    "Sie haben Ihr Wort in Sachen {broken} nicht gehalten. Gehen Sie voran, wir folgen.",
    "Letztes Mal haben Sie Ihr Wort in Sachen {broken} gebrochen; diesmal sind Sie zuerst dran.",
    "Nach dem, was in Sachen {broken} geschah, müssen wir erst Taten sehen, bevor wir uns festlegen.",
  ],
  offerVague: [
    "Was genau verlangen Sie von uns, und was bieten Sie? Nennen Sie die Fragen.",
    "Gern ein Tausch — sagen Sie uns, welche Frage Sie wollen und welche Sie geben.",
    "Bitte konkret: welche Option gegen welche, dann antworten wir.",
  ],
  threatFirm: [
    "Zur Kenntnis genommen. Druck ändert unsere Zahlen nicht: In Sachen {topic} ergibt unsere Rechnung {pts}.",
    "Wir hören Sie, aber in Sachen {topic} sind es für uns {pts}, und danach richten wir uns.",
    "Drohungen bewegen uns nicht; in Sachen {topic} sagen unsere Zahlen {pts}.",
  ],
  threatAligned: [
    "Drohungen sind unnötig: In Sachen {topic} wollten wir ohnehin mitgehen.",
    "Ruhig Blut — in Sachen {topic} haben Sie unsere Unterstützung.",
    "In Sachen {topic} stehen wir auf derselben Seite, Druck ist unnötig.",
  ],
  threatVague: [
    "Zur Kenntnis genommen. Sagen Sie uns, was Sie bei welcher Frage brauchen, und wir sehen es uns an.",
    "Die Warnung ist angekommen. Was genau wollen Sie geändert haben?",
    "Verstanden. Nennen Sie die Frage, und wir sehen, was wir tun können.",
  ],
  promiseGood: [
    "Zur Kenntnis genommen, und gern: Ihr Wort in Sachen {topic} hilft uns. Wir merken es uns.",
    "Gut — wir zählen in Sachen {topic} auf Sie.",
    "Danke; Ihr Wort in Sachen {topic} ist uns wichtig, und wir werden Sie daran erinnern.",
  ],
  promiseMeh: [
    "Zur Kenntnis genommen, auch wenn uns das in Sachen {topic} wenig bringt.",
    "Uns soll es recht sein, aber in Sachen {topic} liegt unser Interesse nicht.",
    "Notiert — in Sachen {topic} ist das allerdings nicht unsere Priorität.",
  ],
  promiseVague: [
    "Zur Kenntnis genommen. Wir werden Sie daran erinnern.",
    "Ihr Wort ist bei uns notiert.",
    "Das merken wir uns.",
  ],
  priorities: [
    "Am wichtigsten ist uns jetzt die Frage „{issue}“: Wir brauchen {best} statt {current}.",
    "Unsere Priorität ist die Frage „{issue}“: {best}, nicht {current}.",
    "Wenn Sie fragen, was wir wollen: {best} bei der Frage „{issue}“ statt {current}.",
  ],
  content: [
    "Der Entwurf passt uns so, wie er ist; wir möchten ihn beibehalten.",
    "Mit dem Text, wie er steht, sind wir zufrieden.",
    "Von uns keine Einwände gegen den Entwurf.",
  ],
  greeting: ["Guten Tag, {speaker}.", "Schön, von Ihnen zu hören, {speaker}.", "Grüße von der Delegation: {seat}."],
  thanks: ["Gern geschehen.", "Jederzeit, {speaker}.", "Wir helfen gern."],
  unknown: [
    "Das haben wir nicht verstanden. Sprechen Sie uns auf eine Frage an ({topics}), auf einen Änderungsantrag mit Nummer oder darauf, ob wir unterschreiben würden.",
    "Entschuldigung, das können wir nicht lesen. Wir können über die Fragen {topics} sprechen, über einen nummerierten Änderungsantrag oder den Entwurf als Ganzes.",
    "Könnten Sie es anders formulieren? Wir antworten zu den Fragen {topics}, zu Änderungsanträgen nach Nummer und zur Unterschrift.",
  ],
  summary: [
    "Wir konnten nicht alles auf einmal beantworten: noch {count} von {who}, zu {topics}. Fragen Sie erneut, wenn noch eine Antwort fehlt.",
    "Bei uns staut es sich — {count} von {who} ({topics}). Bitte wiederholen Sie, was noch wichtig ist.",
    "Zu viele Nachrichten, um jede zu beantworten: {count} von {who}, zu {topics}. Fragen Sie erneut, und wir antworten.",
  ],
  keptBy: [
    "{seat} hat in Sachen {topic} Wort gehalten.",
    "Anerkennung für {seat}: In Sachen {topic} wurde geliefert.",
    "{seat} hat in Sachen {topic} getan, was versprochen war.",
  ],
  brokenBy: [
    "{seat} hat in Sachen {topic} sein Wort nicht gehalten.",
    "{seat} hat in Sachen {topic} etwas versprochen und nicht geliefert.",
    "Wir halten fest: {seat} hat in Sachen {topic} sein Wort gebrochen.",
  ],
  keptOwn: [
    "Wir haben unser Wort gegenüber {seat} in Sachen {topic} gehalten.",
    "Wie {seat} versprochen: In Sachen {topic} ist es erledigt.",
    "Unser Wort an {seat} in Sachen {topic} ist eingelöst.",
  ],
  brokenOwn: [
    "Wir konnten unser Wort gegenüber {seat} in Sachen {topic} nicht halten: Die Zahlen haben sich verschoben.",
    "Wir schulden {seat} in Sachen {topic} eine Entschuldigung; es passte für uns nicht mehr.",
    "In Sachen {topic} sind wir hinter dem zurückgeblieben, was wir {seat} gesagt hatten.",
  ],
};

// Openers end in a colon: the sentence after it keeps its capital, as German nouns need.
export const DE_VOICES: VoiceLines = {
  default: { open: ["", "Nun:", "Unsere Position:"], close: ["", "Reden wir weiter.", "Wir hören zu."] },
  washington: {
    open: ["", "Unterm Strich:", "Kurz gesagt:", "Ganz direkt:"],
    close: ["", "Das war’s.", "Der Kongress muss das mittragen.", "Nächster Punkt."],
  },
  paris: {
    open: [
      "Erlauben Sie uns, genau zu sein:",
      "Die Position Frankreichs ist folgende:",
      "Bei allem Respekt:",
      "Lassen Sie uns offen sprechen, unter Freunden:",
    ],
    close: [
      "",
      "Europa muss hier vorangehen.",
      "Wir bleiben voll und ganz am Tisch.",
      "Das ist die französische Sicht.",
    ],
  },
  london: {
    open: ["Offen gesagt:", "Ehrlich gesagt:", "Aus unserer Sicht:", ""],
    close: ["", "Bleiben wir vernünftig.", "Wir halten Wort.", "Erst der Schutz aus der Luft, dann Soldaten am Boden."],
  },
  berlin: {
    open: ["Berlin muss hier vorsichtig sein:", "Seien wir besonnen:", "Nüchtern betrachtet:", ""],
    close: ["", "Der Bundestag wird uns danach fragen.", "Schritt für Schritt.", "Bitte keine Eskalation."],
  },
  warsaw: {
    open: ["Klar gesagt:", "Ganz offen:", "Ohne Illusionen:", ""],
    close: ["", "Moskau schaut zu.", "Abschreckung oder nichts.", "Wir kennen diesen Nachbarn."],
  },
  rome: {
    open: ["Sehen Sie:", "Seien wir vernünftig:", "Italien sieht es so:", ""],
    close: ["", "Hier ist Raum für einen Kompromiss.", "Finden wir die Mitte.", "Kühlen Kopf bewahren."],
  },
  helsinki: {
    open: ["Kurz:", "Klar:", ""],
    close: ["", "Hinter Worten muss Stärke stehen.", "Auch wir haben eine lange Grenze."],
  },
  brussels: {
    open: ["Im Namen der Union:", "Verfahrensmäßig gesprochen:", "Die Sicht der Union:", ""],
    close: ["", "Der Hebel der Union zählt.", "Siebenundzwanzig Hauptstädte werden das lesen."],
  },
  kyiv: {
    open: ["Die Zeit drängt:", "Jeder Tag zählt:", "Hören Sie:", "Klar gesagt, für die Ukraine:"],
    close: [
      "",
      "Während wir warten, sterben Menschen.",
      "Das muss halten.",
      "Nichts über die Ukraine ohne die Ukraine.",
    ],
  },
};
