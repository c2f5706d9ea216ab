// The bots' lines in French: the same parts, slots and number of variants as in English
// (replies.en-uk.ts). Names come quoted after a noun ("le volet « … »", options already in
// guillemets), so that no article has to agree with a name; conversation.ts puts the non-breaking
// spaces of French typography before : ; ? ! and inside guillemets. Amendments are "l’amendement
// {n}", as the Assemblée writes them; {topic} is a phrase with its article ("l’amendement 3",
// "l’option « … »", "le volet « … »", "le projet"), used after "sur", "pour" or "concernant".
import type { PartLines, VoiceLines } from "./replies.ts";

export const FR_PARTS: PartLines = {
  prefer: [
    "Sur le volet « {issue} », nous préférons {best}.",
    "Notre premier choix sur le volet « {issue} » est {best}.",
    "Pour le volet « {issue} », c’est {best} qui nous convient le mieux.",
  ],
  liveWith: ["Nous pouvons vivre avec {ok}.", "{ok} nous irait aussi.", "Nous pourrions aussi accepter {ok}."],
  nothingElse: [
    "Rien d’autre ne nous convient sur ce volet.",
    "Tout le reste y serait difficile à défendre chez nous.",
    "Nous n’y voyons pas de second choix.",
  ],
  redLine: [
    "{red} franchit notre ligne rouge : {redText}",
    "Nous ne signerons rien qui contienne {red}. {redText}",
    "{red} est exclu pour nous. {redText}",
  ],
  draftHas: [
    "Le projet prévoit {current} sur ce volet : {pts} pour nous, contre {max} pour notre premier choix.",
    "En l’état, {current} nous rapporte {pts} (notre premier choix vaut {max}).",
    "Le texte actuel, {current}, vaut {pts} pour nous ; {best} vaudrait {max}.",
  ],
  draftIsBest: [
    "Le projet prévoit déjà {current}, et nous tenons à le garder : {pts} pour nous.",
    "C’est ce que dit le projet aujourd’hui, {current} ; gardons-le ({pts} pour nous).",
    "{current} figure déjà dans le texte et vaut {pts} pour nous : n’y touchons pas.",
  ],
  draftBlank: [
    "Le projet laisse le volet « {issue} » en blanc pour l’instant.",
    "Rien n’est encore écrit sur le volet « {issue} ».",
    "Le volet « {issue} » reste une ligne vide dans le projet.",
  ],
  optBest: [
    "{option} est notre premier choix sur le volet « {issue} » : {pts} pour nous.",
    "Nous voulons {option} sur le volet « {issue} » ; rien n’y vaut davantage pour nous ({pts}).",
    "{option} ? Oui — notre option préférée sur le volet « {issue} », {pts}.",
  ],
  optOk: [
    "Nous pouvons accepter {option} sur le volet « {issue} » : {pts} pour nous, contre {max} pour {best}.",
    "{option} sur le volet « {issue} » est acceptable — {pts}, même si {best} nous rapporterait {max}.",
    "Nous pourrions accepter {option} sur le volet « {issue} » ({pts}) ; nous préférerions toutefois {best}.",
  ],
  optPoor: [
    "{option} sur le volet « {issue} » nous est difficile à accepter : seulement {pts}, contre {max} pour {best}.",
    "Franchement, {option} sur le volet « {issue} » nous apporte peu ({pts}) ; il nous faut {best}.",
    "Nous aurions du mal avec {option} sur le volet « {issue} » : {pts}, là où {best} rapporte {max}.",
  ],
  optRed: [
    "Non : {option} franchit notre ligne rouge. {redText}",
    "{option} sur le volet « {issue} » est une ligne rouge pour nous. {redText}",
    "Nous ne signerons jamais {option}. {redText}",
  ],
  optInDraft: [
    "C’est déjà dans le projet.",
    "Le projet dit exactement cela aujourd’hui.",
    "C’est ce que prévoit le texte actuel.",
  ],
  optVsDraft: [
    "{current}, dans le projet, nous rapporte {cur}.",
    "À comparer avec {current} dans le projet : {cur}.",
    "Ce que prévoit le projet, {current}, vaut {cur} pour nous.",
  ],
  amYes: [
    "Oui, nous soutenons l’amendement {n} : {option} sur le volet « {issue} » {why}.",
    "L’amendement {n} a notre soutien — {option} sur le volet « {issue} » {why}.",
    "Nous soutiendrons l’amendement {n} ; {option} sur le volet « {issue} » {why}.",
  ],
  amNo: [
    "Nous ne pouvons pas soutenir l’amendement {n} : {option} sur le volet « {issue} » {why}.",
    "Pas l’amendement {n}, désolés — {option} sur le volet « {issue} » {why}.",
    "L’amendement {n} ne nous convient pas ; {option} sur le volet « {issue} » {why}.",
  ],
  amRed: [
    "L’amendement {n} inscrirait {option} dans le texte — notre ligne rouge. {redText}",
    "Nous ne pouvons pas soutenir l’amendement {n} : {option} franchit notre ligne rouge. {redText}",
    "Non à l’amendement {n}. {option} est une ligne rouge pour nous. {redText}",
  ],
  amAlready: [
    "Nous soutenons déjà l’amendement {n}.",
    "L’amendement {n} a notre soutien depuis un moment.",
    "Notre nom figure déjà sous l’amendement {n}.",
  ],
  amOwn: [
    "L’amendement {n} est le nôtre ; nous espérons que la table le soutiendra.",
    "C’est notre amendement, le {n} : soutenez-le, nous vous en prions.",
    "Nous avons déposé nous-mêmes l’amendement {n} — votre soutien est le bienvenu.",
  ],
  amClosed: [
    "L’amendement {n} est déjà clos.",
    "L’amendement {n} n’est plus ouvert.",
    "Trop tard pour l’amendement {n} : il a déjà été traité.",
  ],
  amUnknown: [
    "Nous ne voyons pas d’amendement {n} sur la table.",
    "À notre connaissance, il n’y a pas d’amendement {n}.",
    "L’amendement {n} ? Nous ne le trouvons pas.",
  ],
  amNotNow: [
    "L’amendement {n} nous plaît, mais les soutiens attendent les tours de négociation.",
    "L’amendement {n} nous paraît juste ; nous le soutiendrons dès l’ouverture des négociations.",
    "Notre soutien à l’amendement {n} attendra que la négociation soit engagée.",
  ],
  tableIt: [
    "Déposez un amendement pour {option} sur le volet « {issue} » et nous le soutiendrons : cela {why}.",
    "Proposez {option} sur le volet « {issue} » par amendement et vous aurez notre soutien — cela {why}.",
    "Proposez {option} sur le volet « {issue} » et nous le soutiendrons ; cela {why}.",
  ],
  wontBack: [
    "Nous ne soutiendrions pas {option} sur le volet « {issue} » : cela {why}.",
    "{option} sur le volet « {issue} », nous ne pouvons pas le soutenir — cela {why}.",
    "Pas de soutien de notre part pour {option} sur le volet « {issue} » ; cela {why}.",
  ],
  whyGain: [
    "nous fait passer de {from} à {to}",
    "porte notre score de {from} à {to} sur ce volet",
    "vaut {to} pour nous au lieu de {from}",
  ],
  whyHold: [
    "nous coûte des points mais rend l’accord plus solide",
    "est un recul sur le papier, mais le cadre en sort renforcé",
    "nous fait perdre un peu ici et gagner davantage au test de résistance",
  ],
  whyLoss: [
    "nous coûterait {loss}",
    "nous fait descendre de {from} à {to}",
    "ne vaut que {to} pour nous, contre {from} aujourd’hui",
  ],
  whyWeaker: [
    "rapporte un peu ici mais affaiblit l’accord dans son ensemble",
    "semble bien en soi, mais rend le cadre moins solide",
    "rendrait l’ensemble du paquet moins bon pour nous",
  ],
  oppAgree: [
    "D’accord, nous ne soutiendrons pas {option} sur le volet « {issue} » : cela ne nous rapporte que {pts}.",
    "Nous n’aimons pas davantage {option} sur le volet « {issue} » ({pts} pour nous).",
    "Vous ne verrez pas notre nom sous {option} sur le volet « {issue} » : {pts}, c’est trop peu pour nous.",
  ],
  oppNeutral: [
    "{option} sur le volet « {issue} » change peu de chose pour nous ({pts} contre {cur}) ; nous ne le combattrons pas.",
    "Nous n’avons pas d’avis tranché concernant {option} sur le volet « {issue} » : {pts}, à peu près ce que nous donne {current}.",
    "Ni pour ni contre {option} sur le volet « {issue} » : {pts} pour nous, {cur} aujourd’hui.",
  ],
  oppDisagree: [
    "Nous ne nous opposerons pas à {option} sur le volet « {issue} » : cela vaut {pts} pour nous, plus que {current} ({cur}).",
    "Désolés, {option} sur le volet « {issue} » nous convient : {pts}, contre {cur} pour {current}.",
    "Nous ne pouvons pas bloquer {option} sur le volet « {issue} » ; cela nous rapporte {pts}, là où {current} rapporte {cur}.",
  ],
  signYes: [
    "Nous signerions le projet en l’état : {pts} pour nous, au-dessus de notre solution de repli.",
    "En l’état, oui — ce texte vaut {pts} pour nous, mieux que l’absence d’accord.",
    "Nous pouvons signer ceci : {pts} pour nous, c’est mieux que de partir.",
  ],
  signNow: [
    "Nous signons : {pts} pour nous.",
    "Vous avez notre signature — ce texte vaut {pts} pour nous.",
    "Nous signons ; {pts} pour nous, c’est un accord qui en vaut la peine.",
  ],
  signBlank: [
    "Nous ne pouvons pas signer un projet incomplet ; restent en blanc : {issues}.",
    "Pas encore — le texte laisse en blanc {issues}.",
    "Une signature exige un texte complet ; il manque encore {issues}.",
  ],
  signRed: [
    "Nous ne pouvons pas signer : {red} franchit notre ligne rouge. {redText}",
    "Pas avec {red} dans le texte. {redText}",
    "Notre signature s’arrête à {red}. {redText}",
  ],
  signLow: [
    "Pas en l’état : {pts} pour nous, c’est moins que l’absence d’accord. Il faut bouger sur le volet « {issue} ».",
    "Non — ce texte nous laisse sous notre solution de repli ({pts}). Bougez sur le volet « {issue} » et nous en parlerons.",
    "Nous ne signerions pas celui-ci : {pts} pour nous. C’est le volet « {issue} » qui pose problème.",
  ],
  offerYes: [
    "Marché conclu : nous soutenons {want}, et nous comptons sur vous pour {give}.",
    "D’accord — {want} a notre soutien ; nous attendons le vôtre sur {give}.",
    "Nous acceptons : notre soutien pour {want}, le vôtre pour {give}.",
  ],
  offerLater: [
    "Ensemble, cela nous convient : dès que vous aurez tenu parole sur {give}, nous soutiendrons {want}.",
    "Cet échange est possible — vous bougez d’abord sur {give}, puis nous soutenons {want}.",
    "Équitable : tenez parole sur {give}, et {want} aura notre soutien.",
  ],
  offerNo: [
    "Cet échange ne nous convient pas : céder sur {want} nous coûte plus que ne nous apporte votre geste sur {give}.",
    "Pas d’accord sur ce point — céder sur {want} est trop cher pour nous, même contre {give}.",
    "Nous devons décliner : votre geste sur {give} ne compense pas le nôtre sur {want}.",
  ],
  offerWritten: [
    "Nous l’avons posé sur la table en offre liée : acceptez-la et nous serons tenus l’un et l’autre.",
    "C’est désormais sur la table, en offre liée à votre intention ; acceptez-la et nos deux paroles seront consignées.",
    "C’est fait par écrit : une offre liée vous attend sur la table.",
  ],
  offerDistrust: [
    "Vous n’avez pas tenu parole sur {broken}. Faites le premier pas et nous suivrons.",
    "La dernière fois, vous avez manqué à votre parole sur {broken} ; cette fois, à vous de commencer.",
    "Après ce qui s’est passé sur {broken}, nous devons vous voir agir avant de nous engager.",
  ],
  offerVague: [
    "Que nous demandez-vous exactement, et qu’offrez-vous ? Nommez les volets.",
    "Volontiers pour un échange — dites-nous quel volet vous voulez et lequel vous cédez.",
    "Soyons concrets : quelle option contre laquelle, et nous répondrons.",
  ],
  threatFirm: [
    "C’est noté. La pression ne change pas nos chiffres : sur {topic}, nous comptons {pts}.",
    "Nous vous entendons, mais sur {topic} nous comptons {pts}, et c’est ce qui nous guide.",
    "Les menaces ne nous feront pas bouger ; sur {topic}, nos chiffres disent {pts}.",
  ],
  threatAligned: [
    "Inutile de menacer : sur {topic}, nous comptions vous soutenir de toute façon.",
    "Du calme — sur {topic}, vous aurez notre soutien.",
    "Nous sommes du même côté sur {topic}, nul besoin de pression.",
  ],
  threatVague: [
    "C’est noté. Dites-nous ce qu’il vous faut, et sur quel volet, et nous examinerons.",
    "Nous avons entendu l’avertissement. Que voulez-vous changer exactement ?",
    "Compris. Nommez le volet et nous verrons ce que nous pouvons faire.",
  ],
  promiseGood: [
    "C’est noté, et bienvenu : votre parole sur {topic} nous aide. Nous nous en souviendrons.",
    "Bien — nous comptons sur vous pour {topic}.",
    "Merci ; votre parole sur {topic} compte pour nous, et nous vous la rappellerons.",
  ],
  promiseMeh: [
    "C’est noté, même si votre parole sur {topic} nous apporte peu.",
    "Cela ne nous gêne pas, mais notre intérêt n’est pas sur {topic}.",
    "C’est consigné — sur {topic}, ce n’est cependant pas notre priorité.",
  ],
  promiseVague: [
    "C’est noté. Nous vous le rappellerons.",
    "Votre parole est consignée chez nous.",
    "Nous nous en souviendrons.",
  ],
  priorities: [
    "Ce qui compte le plus pour nous maintenant : le volet « {issue} » — il nous faut {best} plutôt que {current}.",
    "Notre priorité est le volet « {issue} » : {best}, pas {current}.",
    "Si vous demandez ce que nous voulons : {best} sur le volet « {issue} », au lieu de {current}.",
  ],
  content: [
    "Le projet nous convient en l’état ; nous souhaitons le garder.",
    "Nous sommes satisfaits du texte tel quel.",
    "Aucune objection au projet de notre part.",
  ],
  greeting: ["Bonjour, {speaker}.", "Ravis de vous entendre, {speaker}.", "Salutations de la délégation : {seat}."],
  thanks: ["Avec plaisir.", "Quand vous voulez, {speaker}.", "Heureux de vous aider."],
  unknown: [
    "Nous n’avons pas suivi. Interrogez-nous sur un volet ({topics}), sur un amendement par son numéro, ou sur notre signature.",
    "Désolés, nous ne savons pas lire cela. Nous pouvons parler des volets {topics}, d’un amendement numéroté ou du projet dans son ensemble.",
    "Pourriez-vous le dire autrement ? Nous répondons sur les volets {topics}, sur les amendements par numéro et sur la signature.",
  ],
  summary: [
    "Nous n’avons pas pu répondre à tout à la fois : encore {count} de la part de {who}, sur {topics}. Reposez la question si une réponse manque encore.",
    "Du retard de notre côté — {count} de la part de {who} ({topics}). Merci de répéter ce qui compte encore.",
    "Trop de messages pour répondre à chacun : {count} de la part de {who}, sur {topics}. Reposez la question et nous répondrons.",
  ],
  keptBy: [
    "{seat} a tenu parole sur {topic}.",
    "À mettre au crédit de {seat} : parole tenue sur {topic}.",
    "{seat} a fait ce qui était promis sur {topic}.",
  ],
  brokenBy: [
    "{seat} n’a pas tenu parole sur {topic}.",
    "{seat} : promesse non tenue sur {topic}.",
    "Nous notons que {seat} a manqué à sa parole sur {topic}.",
  ],
  keptOwn: [
    "Nous avons tenu parole envers {seat} sur {topic}.",
    "Comme promis à {seat} : c’est fait sur {topic}.",
    "Notre engagement envers {seat} sur {topic} est tenu.",
  ],
  brokenOwn: [
    "Nous n’avons pas pu tenir parole envers {seat} sur {topic} : les chiffres ont bougé.",
    "Nous devons des excuses à {seat} sur {topic} ; cela ne nous convenait plus.",
    "Sur {topic}, nous sommes restés en deçà de ce que nous avions dit à {seat}.",
  ],
};

export const FR_VOICES: VoiceLines = {
  default: { open: ["", "Eh bien,", "Notre position :"], close: ["", "Continuons à parler.", "Nous vous écoutons."] },
  washington: {
    open: ["", "En résumé :", "Réponse courte :", "Sans détour :"],
    close: ["", "C’est tout.", "Le Congrès doit l’accepter.", "Au suivant."],
  },
  paris: {
    open: [
      "Permettez-nous d’être précis :",
      "La position de la France est la suivante :",
      "Avec tout le respect que nous vous devons,",
      "Soyons clairs, entre amis :",
    ],
    close: [
      "",
      "L’Europe doit prendre la tête sur ce sujet.",
      "Nous restons pleinement à la table.",
      "Telle est la position française.",
    ],
  },
  london: {
    open: ["Franchement,", "Pour être honnêtes,", "À notre avis,", ""],
    close: ["", "Restons raisonnables.", "Nous tenons parole.", "D’abord la couverture aérienne, ensuite les troupes."],
  },
  berlin: {
    open: ["Berlin doit être prudent ici :", "Soyons prudents :", "Pour le dire sobrement,", ""],
    close: ["", "Le Bundestag nous posera la question.", "Pas à pas.", "Pas d’escalade, s’il vous plaît."],
  },
  warsaw: {
    open: ["Clairement :", "Soyons directs :", "Sans illusions :", ""],
    close: ["", "Moscou regarde.", "La dissuasion ou rien.", "Nous connaissons ce voisin."],
  },
  rome: {
    open: ["Voyez-vous,", "Soyons raisonnables :", "L’Italie voit les choses ainsi :", ""],
    close: ["", "Il y a de la place pour un compromis.", "Trouvons le juste milieu.", "Gardons la tête froide."],
  },
  helsinki: {
    open: ["Brièvement :", "Clairement :", ""],
    close: ["", "Les mots doivent avoir une force derrière eux.", "Nous aussi avons une longue frontière."],
  },
  brussels: {
    open: ["Au nom de l’Union :", "Sur le plan de la procédure,", "Le point de vue de l’Union :", ""],
    close: ["", "Le levier de l’Union compte.", "Vingt-sept capitales liront ceci."],
  },
  kyiv: {
    open: ["Le temps presse :", "Chaque jour compte :", "Écoutez :", "Franchement, pour l’Ukraine :"],
    close: [
      "",
      "Des gens meurent pendant que nous attendons.",
      "Il faut que cela tienne.",
      "Rien sur l’Ukraine sans l’Ukraine.",
    ],
  },
};
