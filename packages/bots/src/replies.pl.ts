// The bots' lines in Polish: the same parts, slots and number of variants as in English
// (replies.en-uk.ts), in the formal "Państwo" of the conference room. Names come quoted after a
// noun that carries the case, as in the scenario's talk ("w kwestii „…”", "opcja/opcję/opcji/opcją
// {option}"), so that no name has to be declined; {topic} is already in the genitive ("poprawki nr
// 3", "opcji „…”", "kwestii „…”", "projektu") and always follows "w sprawie". Points only where their form is right:
// as a subject or after "daje"/"mamy" ("daje nam 3 punkty", "mamy 5 punktów"), never after "z" or
// "zamiast", which would need the genitive. Verbs in the {why} clauses stay in the present tense,
// which does not show the subject's gender ("opcja … daje", "to daje").
import type { PartLines, VoiceLines } from "./replies.ts";

export const PL_PARTS: PartLines = {
  prefer: [
    "W kwestii „{issue}” wybieramy opcję {best}.",
    "Naszym pierwszym wyborem w kwestii „{issue}” jest opcja {best}.",
    "W kwestii „{issue}” najbardziej odpowiada nam opcja {best}.",
  ],
  liveWith: [
    "Możemy się zgodzić także na opcję {ok}.",
    "Odpowiada nam też opcja {ok}.",
    "Do przyjęcia jest dla nas również opcja {ok}.",
  ],
  nothingElse: [
    "Nic innego tam nam nie odpowiada.",
    "Wszystko inne będzie trudno obronić w kraju.",
    "Drugiej dobrej opcji tam nie widzimy.",
  ],
  redLine: [
    "Opcja {red} to nasza czerwona linia: {redText}",
    "Nie podpiszemy niczego z opcją {red}. {redText}",
    "Opcja {red} nie wchodzi dla nas w grę. {redText}",
  ],
  draftHas: [
    "Projekt przewiduje tam teraz opcję {current}: dla nas to {pts}, a nasz pierwszy wybór dałby {max}.",
    "W obecnym brzmieniu opcja {current} daje nam {pts} (nasz pierwszy wybór: {max}).",
    "Obecny tekst, opcja {current}, daje nam {pts}; opcja {best} dałaby {max}.",
  ],
  draftIsBest: [
    "Projekt już przewiduje opcję {current} i chcemy ją zachować: dla nas to {pts}.",
    "Właśnie opcja {current} jest teraz w projekcie; zostawmy tak ({pts} dla nas).",
    "Opcja {current} już jest w tekście i daje nam {pts}: nie ruszajmy jej.",
  ],
  draftBlank: [
    "Kwestia „{issue}” jest na razie w projekcie pusta.",
    "W kwestii „{issue}” nic jeszcze nie zapisano.",
    "Kwestia „{issue}” pozostaje w projekcie pustą linijką.",
  ],
  optBest: [
    "Opcja {option} to nasz pierwszy wybór w kwestii „{issue}”: {pts} dla nas.",
    "Chcemy opcji {option} w kwestii „{issue}”; nic tam nie daje nam więcej ({pts}).",
    "Opcja {option}? Tak — to nasza ulubiona opcja w kwestii „{issue}”, {pts}.",
  ],
  optOk: [
    "Możemy przyjąć opcję {option} w kwestii „{issue}”: {pts} dla nas, a opcja {best} dałaby {max}.",
    "Opcja {option} w kwestii „{issue}” jest do przyjęcia — {pts}, choć opcja {best} dałaby nam {max}.",
    "Zgodzilibyśmy się na opcję {option} w kwestii „{issue}” ({pts}), ale wolimy opcję {best}.",
  ],
  optPoor: [
    "Opcję {option} w kwestii „{issue}” trudno nam przyjąć: tylko {pts}, a opcja {best} dałaby {max}.",
    "Szczerze mówiąc, opcja {option} w kwestii „{issue}” niewiele nam daje ({pts}); potrzebujemy opcji {best}.",
    "Z opcją {option} w kwestii „{issue}” mielibyśmy kłopot: {pts}, podczas gdy opcja {best} daje {max}.",
  ],
  optRed: [
    "Nie: opcja {option} przekracza naszą czerwoną linię. {redText}",
    "Opcja {option} w kwestii „{issue}” to dla nas czerwona linia. {redText}",
    "Nigdy nie podpiszemy opcji {option}. {redText}",
  ],
  optInDraft: ["To już jest w projekcie.", "Projekt mówi dziś dokładnie to.", "Tak właśnie brzmi teraz tekst."],
  optVsDraft: [
    "Opcja {current} z projektu daje nam {cur}.",
    "Dla porównania: opcja {current} w projekcie to {cur}.",
    "To, co jest teraz w projekcie, opcja {current}, daje nam {cur}.",
  ],
  amYes: [
    "Tak, popieramy poprawkę nr {n}: opcja {option} w kwestii „{issue}” {why}.",
    "Poprawka nr {n} ma nasze poparcie — opcja {option} w kwestii „{issue}” {why}.",
    "Poprzemy poprawkę nr {n}; opcja {option} w kwestii „{issue}” {why}.",
  ],
  amNo: [
    "Nie możemy poprzeć poprawki nr {n}: opcja {option} w kwestii „{issue}” {why}.",
    "Poprawka nr {n} — nie, przykro nam: opcja {option} w kwestii „{issue}” {why}.",
    "Poprawka nr {n} nam nie odpowiada; opcja {option} w kwestii „{issue}” {why}.",
  ],
  amRed: [
    "Poprawka nr {n} wpisałaby do tekstu opcję {option} — naszą czerwoną linię. {redText}",
    "Nie możemy poprzeć poprawki nr {n}: opcja {option} przekracza naszą czerwoną linię. {redText}",
    "Nie dla poprawki nr {n}. Opcja {option} to dla nas czerwona linia. {redText}",
  ],
  amAlready: [
    "Już popieramy poprawkę nr {n}.",
    "Poprawka nr {n} od dawna ma nasze poparcie.",
    "Nasz podpis już jest pod poprawką nr {n}.",
  ],
  amOwn: [
    "Poprawka nr {n} jest nasza; liczymy, że stół ją poprze.",
    "To nasza poprawka, nr {n}: prosimy ją poprzeć.",
    "Poprawkę nr {n} złożyliśmy sami — Państwa poparcie będzie mile widziane.",
  ],
  amClosed: [
    "Poprawka nr {n} jest już zamknięta.",
    "Poprawka nr {n} nie jest już otwarta.",
    "Za późno na poprawkę nr {n}: została już rozpatrzona.",
  ],
  amUnknown: [
    "Nie widzimy na stole poprawki nr {n}.",
    "O ile wiemy, poprawki nr {n} nie ma.",
    "Poprawka nr {n}? Nie możemy jej znaleźć.",
  ],
  amNotNow: [
    "Poprawka nr {n} nam się podoba, ale poparcie poprawek musi poczekać na rundy negocjacji.",
    "Poprawka nr {n} wydaje się słuszna; poprzemy ją, gdy tylko ruszą negocjacje.",
    "Poparcie dla poprawki nr {n} musi poczekać do rozpoczęcia negocjacji.",
  ],
  tableIt: [
    "Proszę złożyć poprawkę z opcją {option} w kwestii „{issue}”, a ją poprzemy: to {why}.",
    "Jeśli zgłoszą Państwo opcję {option} w kwestii „{issue}” jako poprawkę, będą mieli Państwo nasze poparcie — to {why}.",
    "Proszę zaproponować opcję {option} w kwestii „{issue}”, a poprzemy; to {why}.",
  ],
  wontBack: [
    "Nie poparlibyśmy opcji {option} w kwestii „{issue}”: to {why}.",
    "Opcji {option} w kwestii „{issue}” nie możemy poprzeć — to {why}.",
    "Nie będzie naszego poparcia dla opcji {option} w kwestii „{issue}”; to {why}.",
  ],
  whyGain: [
    "daje nam tam {to} (teraz {from})",
    "podnosi nasz wynik tam: teraz mamy {from}, a będziemy mieć {to}",
    "oznacza dla nas {to}, a teraz mamy {from}",
  ],
  whyHold: [
    "kosztuje nas tam punkty, ale porozumienie staje się trwalsze",
    "na papierze oznacza krok wstecz, ale ramy stają się mocniejsze",
    "trochę tam kosztuje, a więcej daje w teście wytrzymałości",
  ],
  whyLoss: [
    "kosztuje nas {loss}",
    "obniża nasz wynik tam: teraz mamy {from}, a mielibyśmy {to}",
    "daje nam tylko {to}, a teraz mamy {from}",
  ],
  whyWeaker: [
    "daje tam trochę, ale osłabia porozumienie jako całość",
    "wygląda dobrze w oderwaniu od reszty, ale osłabia ramy",
    "pogarsza dla nas cały pakiet",
  ],
  oppAgree: [
    "Zgoda, nie poprzemy opcji {option} w kwestii „{issue}”: daje nam tylko {pts}.",
    "Nam też nie odpowiada opcja {option} w kwestii „{issue}” ({pts} dla nas).",
    "Naszego podpisu pod opcją {option} w kwestii „{issue}” nie będzie: {pts} to dla nas za mało.",
  ],
  oppNeutral: [
    "Opcja {option} w kwestii „{issue}” niewiele dla nas zmienia ({pts}, teraz {cur}); nie będziemy z nią walczyć.",
    "Nie mamy zdecydowanego zdania o opcji {option} w kwestii „{issue}”: {pts}, mniej więcej tyle, co opcja {current}.",
    "Ani za, ani przeciw opcji {option} w kwestii „{issue}”: {pts} dla nas, teraz {cur}.",
  ],
  oppDisagree: [
    "Nie wystąpimy przeciw opcji {option} w kwestii „{issue}”: daje nam {pts}, więcej niż opcja {current} ({cur}).",
    "Przykro nam, opcja {option} w kwestii „{issue}” nam odpowiada: {pts}, a opcja {current} daje {cur}.",
    "Nie możemy blokować opcji {option} w kwestii „{issue}”; daje nam {pts}, a opcja {current} — {cur}.",
  ],
  signYes: [
    "Podpisalibyśmy projekt w obecnym brzmieniu: {pts} dla nas, więcej niż nasze wyjście awaryjne.",
    "W obecnym brzmieniu — tak: ten tekst daje nam {pts}, lepiej niż brak porozumienia.",
    "To możemy podpisać: {pts} dla nas to lepiej niż odejść z niczym.",
  ],
  signNow: [
    "Podpisujemy: {pts} dla nas.",
    "Mają Państwo nasz podpis — ten tekst daje nam {pts}.",
    "Podpisujemy; {pts} dla nas to porozumienie warte zawarcia.",
  ],
  signBlank: [
    "Nie możemy podpisać projektu z lukami; wciąż bez treści: {issues}.",
    "Jeszcze nie — w tekście brakuje: {issues}.",
    "Podpis wymaga pełnego tekstu; wciąż bez treści: {issues}.",
  ],
  signRed: [
    "Nie możemy podpisać: opcja {red} przekracza naszą czerwoną linię. {redText}",
    "Nie z opcją {red} w tekście. {redText}",
    "Nasz podpis jest niemożliwy, dopóki w tekście jest opcja {red}. {redText}",
  ],
  signLow: [
    "W obecnym brzmieniu — nie: {pts} dla nas to gorzej niż brak porozumienia. Potrzebny jest ruch w kwestii „{issue}”.",
    "Nie — ten tekst stawia nas poniżej wyjścia awaryjnego ({pts}). Proszę ruszyć kwestię „{issue}”, wtedy porozmawiamy.",
    "Tego tekstu byśmy nie podpisali: {pts} dla nas. Problem leży w kwestii „{issue}”.",
  ],
  offerYes: [
    "Umowa stoi: popieramy Państwa w sprawie {want} i liczymy na Państwa w sprawie {give}.",
    "Zgoda — w sprawie {want} mają Państwo nasze poparcie; oczekujemy Państwa poparcia w sprawie {give}.",
    "Przyjmujemy: nasze poparcie w sprawie {want}, Państwa — w sprawie {give}.",
  ],
  offerLater: [
    "Razem to nam odpowiada: gdy tylko dotrzymają Państwo słowa w sprawie {give}, poprzemy Państwa w sprawie {want}.",
    "Taka wymiana jest możliwa — najpierw Państwo wykonują ruch w sprawie {give}, potem my popieramy Państwa w sprawie {want}.",
    "Uczciwie: proszę wykonać obiecane w sprawie {give}, a w sprawie {want} będą mieli Państwo nasze poparcie.",
  ],
  offerNo: [
    "Taka wymiana nam nie odpowiada: ustępstwo w sprawie {want} kosztuje nas więcej, niż daje Państwa krok w sprawie {give}.",
    "Na to nie pójdziemy — w sprawie {want} to dla nas za drogo, nawet z Państwa krokiem w sprawie {give}.",
    "Musimy odmówić: Państwa krok w sprawie {give} nie rekompensuje naszego w sprawie {want}.",
  ],
  offerWritten: [
    "Położyliśmy to na stole jako ofertę wiązaną: jeśli ją Państwo przyjmą, obie strony będą związane słowem.",
    "To jest teraz na stole jako oferta wiązana dla Państwa; po jej przyjęciu oba nasze słowa zostaną zapisane.",
    "Zapisane: na stole czeka na Państwa oferta wiązana.",
  ],
  offerDistrust: [
    "Nie dotrzymali Państwo słowa w sprawie {broken}. Proszę zrobić pierwszy krok, pójdziemy za Państwem.",
    "Ostatnio złamali Państwo słowo w sprawie {broken}; tym razem Państwo idą pierwsi.",
    "Po tym, co stało się w sprawie {broken}, musimy zobaczyć Państwa działanie, zanim się zobowiążemy.",
  ],
  offerVague: [
    "Czego dokładnie Państwo od nas chcą i co oferują? Proszę nazwać kwestie.",
    "Chętnie się wymienimy — proszę powiedzieć, którą kwestię Państwo chcą, a którą oddają.",
    "Konkretnie: która opcja za którą — a odpowiemy.",
  ],
  threatFirm: [
    "Przyjęliśmy do wiadomości. Presja nie zmienia naszych rachunków: w sprawie {topic} mamy {pts}.",
    "Słyszymy Państwa, ale w sprawie {topic} to dla nas {pts} i tym się kierujemy.",
    "Groźby nas nie poruszą; w sprawie {topic} nasze rachunki mówią: {pts}.",
  ],
  threatAligned: [
    "Groźby są zbędne: w sprawie {topic} i tak jesteśmy po Państwa stronie.",
    "Spokojnie — w sprawie {topic} nasze poparcie będzie.",
    "W sprawie {topic} jesteśmy po tej samej stronie, presja jest niepotrzebna.",
  ],
  threatVague: [
    "Przyjęliśmy do wiadomości. Proszę powiedzieć, czego Państwo potrzebują i w której kwestii — przyjrzymy się temu.",
    "Ostrzeżenie usłyszeliśmy. Co dokładnie chcą Państwo zmienić?",
    "Rozumiemy. Proszę nazwać kwestię, a zobaczymy, co da się zrobić.",
  ],
  promiseGood: [
    "Przyjęliśmy do wiadomości i cieszymy się: słowo w sprawie {topic} nam pomaga. Zapamiętamy to.",
    "Dobrze — liczymy na Państwa w sprawie {topic}.",
    "Dziękujemy; słowo w sprawie {topic} jest dla nas ważne i przypomnimy o nim.",
  ],
  promiseMeh: [
    "Przyjęliśmy do wiadomości, choć w sprawie {topic} niewiele nam to daje.",
    "Nie przeszkadza nam to, ale w sprawie {topic} nasz interes jest niewielki.",
    "Zapisaliśmy — choć w sprawie {topic} to nie nasz priorytet.",
  ],
  promiseVague: [
    "Przyjęliśmy do wiadomości. Przypomnimy o tym.",
    "Państwa słowo jest u nas zapisane.",
    "Zapamiętamy to.",
  ],
  priorities: [
    "Najważniejsza jest dla nas teraz kwestia „{issue}”: potrzebujemy opcji {best}, a nie opcji {current}.",
    "Nasz priorytet to kwestia „{issue}”: opcja {best}, nie opcja {current}.",
    "Jeśli pytają Państwo, czego chcemy: opcji {best} w kwestii „{issue}” zamiast opcji {current}.",
  ],
  content: [
    "Projekt w obecnym brzmieniu nam odpowiada; chcemy go zachować.",
    "Tekst w obecnej postaci nam odpowiada.",
    "Nie mamy zastrzeżeń do projektu.",
  ],
  greeting: ["Dzień dobry, {speaker}.", "Miło Państwa słyszeć, {speaker}.", "Pozdrowienia od delegacji: {seat}."],
  thanks: ["Proszę bardzo.", "Zawsze służymy pomocą, {speaker}.", "Cieszymy się, że mogliśmy pomóc."],
  unknown: [
    "Nie zrozumieliśmy. Proszę zapytać o kwestię ({topics}), o poprawkę według numeru albo o to, czy podpiszemy.",
    "Przepraszamy, nie potrafimy tego odczytać. Możemy rozmawiać o kwestiach {topics}, o poprawce według numeru albo o projekcie jako całości.",
    "Czy mogą Państwo ująć to inaczej? Odpowiadamy w sprawie kwestii {topics}, poprawek według numeru i podpisu.",
  ],
  summary: [
    "Nie zdążyliśmy odpowiedzieć na wszystko naraz: jeszcze {count} (nadawcy: {who}), w sprawach: {topics}. Proszę zapytać ponownie, jeśli odpowiedź jest wciąż potrzebna.",
    "Mamy zaległości — {count} (nadawcy: {who}; {topics}). Prosimy powtórzyć, co wciąż ważne.",
    "Za dużo wiadomości, by odpowiedzieć na każdą: {count} (nadawcy: {who}), w sprawach: {topics}. Proszę zapytać ponownie — odpowiemy.",
  ],
  keptBy: [
    "{seat}: słowo w sprawie {topic} dotrzymane.",
    "Oddajmy sprawiedliwość — {seat}: obietnica w sprawie {topic} spełniona.",
    "{seat}: obiecane w sprawie {topic} zostało zrobione.",
  ],
  brokenBy: [
    "{seat}: słowo w sprawie {topic} niedotrzymane.",
    "{seat}: obiecano w sprawie {topic}, ale nie wykonano.",
    "Odnotowujemy: słowo w sprawie {topic} ({seat}) złamane.",
  ],
  keptOwn: [
    "Dotrzymaliśmy słowa ({seat}) w sprawie {topic}.",
    "Jak obiecaliśmy ({seat}): w sprawie {topic} zrobione.",
    "Nasze słowo w sprawie {topic} ({seat}) dotrzymane.",
  ],
  brokenOwn: [
    "Nie mogliśmy dotrzymać słowa w sprawie {topic} ({seat}): rachunki się zmieniły.",
    "Przepraszamy ({seat}) w sprawie {topic}: to już nam nie odpowiadało.",
    "W sprawie {topic} nie wykonaliśmy tego, co mówiliśmy ({seat}).",
  ],
};

export const PL_VOICES: VoiceLines = {
  default: { open: ["", "Otóż,", "Nasze stanowisko:"], close: ["", "Rozmawiajmy dalej.", "Słuchamy."] },
  washington: {
    open: ["", "Krótko mówiąc:", "W skrócie:", "Wprost:"],
    close: ["", "To wszystko.", "Kongres musi to przyjąć.", "Dalej."],
  },
  paris: {
    open: [
      "Pozwolą Państwo, że doprecyzujemy:",
      "Stanowisko Francji jest następujące:",
      "Z całym szacunkiem,",
      "Powiedzmy jasno, po przyjacielsku:",
    ],
    close: ["", "Europa musi tu przewodzić.", "Pozostajemy w pełni przy stole.", "Taki jest pogląd Francji."],
  },
  london: {
    open: ["Szczerze mówiąc,", "Otwarcie mówiąc,", "Naszym zdaniem,", ""],
    close: ["", "Bądźmy rozsądni.", "Dotrzymujemy słowa.", "Najpierw osłona z powietrza, potem żołnierze."],
  },
  berlin: {
    open: ["Berlin musi tu być ostrożny:", "Bądźmy rozważni:", "Na trzeźwo:", ""],
    close: ["", "Bundestag nas o to zapyta.", "Krok po kroku.", "Bez eskalacji, proszę."],
  },
  warsaw: {
    open: ["Mówiąc wprost:", "Powiem bez ogródek:", "Bez złudzeń:", ""],
    close: ["", "Moskwa patrzy.", "Odstraszanie albo nic.", "Znamy tego sąsiada."],
  },
  rome: {
    open: ["Proszę spojrzeć:", "Bądźmy rozsądni:", "Włochy widzą to tak:", ""],
    close: ["", "Jest tu miejsce na kompromis.", "Znajdźmy złoty środek.", "Zachowajmy zimną krew."],
  },
  helsinki: {
    open: ["Krótko:", "Jasno:", ""],
    close: ["", "Za słowami musi stać siła.", "My też mamy długą granicę."],
  },
  brussels: {
    open: ["W imieniu Unii:", "Od strony proceduralnej:", "Stanowisko Unii:", ""],
    close: ["", "Siła nacisku Unii ma znaczenie.", "Przeczyta to dwadzieścia siedem stolic."],
  },
  kyiv: {
    open: ["Czas się liczy:", "Każdy dzień się liczy:", "Proszę posłuchać:", "Wprost, w imieniu Ukrainy:"],
    close: ["", "Gdy czekamy, giną ludzie.", "To musi się utrzymać.", "Nic o Ukrainie bez Ukrainy."],
  },
};
