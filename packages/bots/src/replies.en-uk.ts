// The lines a bot answers people with, in English and Ukrainian: several variants per part so
// that a seat does not say the same sentence twice, and a voice per seat (how it opens and
// closes). Slots in braces are filled by conversation.ts: {issue} an issue name, {option},
// {best}, {ok}, {current}, {red} option labels already quoted, {pts}, {max}, {from}, {to}, {cur},
// {loss} points with their unit, {n} an amendment number, {seat}/{speaker} seat names.
// Ukrainian lines put names in quotes after a noun ("у пункті «…»", "варіант «…»") so that no
// name has to be declined, and numbers of points where the nominative is right (no "із … до …").
// French, German and Polish are in their own files, keyed by these parts (replies.ts joins them).

type Lines = Record<"en" | "uk", readonly string[]>;

export const EN_UK_PARTS = {
  // A question about an issue.
  prefer: {
    en: [
      "On {issue} we prefer {best}.",
      "Our first choice on {issue} is {best}.",
      "For {issue}, {best} suits us best.",
    ],
    uk: [
      "У пункті «{issue}» ми обираємо варіант {best}.",
      "Наш перший вибір у пункті «{issue}» — {best}.",
      "Щодо пункту «{issue}» нам найкраще підходить {best}.",
    ],
  },
  liveWith: {
    en: ["We can live with {ok}.", "{ok} would also do.", "We could accept {ok} as well."],
    uk: ["Можемо погодитися й на {ok}.", "Підійде також {ok}.", "Прийнятне для нас і {ok}."],
  },
  nothingElse: {
    en: ["Nothing else there works for us.", "Anything else there is a hard sell.", "We see no second choice there."],
    uk: [
      "Інше там нам не підходить.",
      "Будь-що інше там буде важко продати вдома.",
      "Другого прийнятного варіанта там ми не бачимо.",
    ],
  },
  redLine: {
    en: [
      "{red} crosses our red line: {redText}",
      "We cannot sign anything with {red}. {redText}",
      "{red} is out of the question. {redText}",
    ],
    uk: [
      "{red} — наша червона лінія: {redText}",
      "Ми не підпишемо нічого з варіантом {red}. {redText}",
      "Варіант {red} неможливий для нас. {redText}",
    ],
  },
  draftHas: {
    en: [
      "The draft has {current} there: {pts} for us, against {max} for our first choice.",
      "As the draft stands, {current} gives us {pts} (our first choice is worth {max}).",
      "Today's text, {current}, is worth {pts} to us; {best} would be worth {max}.",
    ],
    uk: [
      "У проєкті там зараз {current}: для нас це {pts}, а наш перший вибір дав би {max}.",
      "Як написано зараз, варіант {current} дає нам {pts} (наш перший вибір — {max}).",
      "Нинішній текст, {current}, вартий для нас {pts}; {best} дав би {max}.",
    ],
  },
  draftIsBest: {
    en: [
      "The draft already says {current}, and we want it kept: {pts} for us.",
      "That is what the draft has now, {current}; keep it ({pts} for us).",
      "{current} is in the text already, worth {pts} to us: leave it there.",
    ],
    uk: [
      "У проєкті вже є {current}, і ми хочемо це зберегти: для нас це {pts}.",
      "Саме {current} зараз у проєкті; залиште так ({pts} для нас).",
      "Варіант {current} уже в тексті, він вартий для нас {pts}: не чіпайте його.",
    ],
  },
  draftBlank: {
    en: [
      "The draft leaves {issue} blank for now.",
      "Nothing is written on {issue} yet.",
      "{issue} is still an empty line in the draft.",
    ],
    uk: [
      "Пункт «{issue}» у проєкті поки порожній.",
      "У пункті «{issue}» ще нічого не написано.",
      "Пункт «{issue}» поки лишається в проєкті порожнім рядком.",
    ],
  },
  // A question about one option.
  optBest: {
    en: [
      "{option} is our first choice on {issue}: {pts} for us.",
      "We want {option} on {issue}; nothing there is worth more to us ({pts}).",
      "{option}? Yes — our favourite on {issue}, {pts}.",
    ],
    uk: [
      "Варіант {option} — наш перший вибір у пункті «{issue}»: {pts} для нас.",
      "Ми хочемо {option} у пункті «{issue}»; нічого там не варте для нас більше ({pts}).",
      "{option}? Так — наш улюблений варіант у пункті «{issue}», {pts}.",
    ],
  },
  optOk: {
    en: [
      "We can live with {option} on {issue}: {pts} for us, against {max} for {best}.",
      "{option} on {issue} is acceptable — {pts}, though {best} would give us {max}.",
      "We could accept {option} on {issue} ({pts}); we would still prefer {best}.",
    ],
    uk: [
      "Ми можемо прийняти {option} у пункті «{issue}»: {pts} для нас, а {best} дав би {max}.",
      "Варіант {option} у пункті «{issue}» прийнятний — {pts}, хоча {best} дав би нам {max}.",
      "Ми погодилися б на {option} у пункті «{issue}» ({pts}), але віддали б перевагу варіанту {best}.",
    ],
  },
  optPoor: {
    en: [
      "{option} on {issue} is a hard sell for us: only {pts}, against {max} for {best}.",
      "Frankly {option} on {issue} does little for us ({pts}); {best} is what we need.",
      "We would struggle with {option} on {issue}: {pts}, where {best} gives {max}.",
    ],
    uk: [
      "Варіант {option} у пункті «{issue}» нам важко прийняти: лише {pts}, а {best} дав би {max}.",
      "Варіант {option} у пункті «{issue}» мало що дає нам ({pts}); нам потрібен {best}.",
      "З варіантом {option} у пункті «{issue}» нам було б важко: {pts}, тоді як {best} дає {max}.",
    ],
  },
  optRed: {
    en: [
      "No: {option} crosses our red line. {redText}",
      "{option} on {issue} is a red line for us. {redText}",
      "We will never sign {option}. {redText}",
    ],
    uk: [
      "Ні: варіант {option} перетинає нашу червону лінію. {redText}",
      "Варіант {option} у пункті «{issue}» — червона лінія для нас. {redText}",
      "Ми ніколи не підпишемо варіант {option}. {redText}",
    ],
  },
  optInDraft: {
    en: ["It is in the draft already.", "The draft says just that today.", "That is what the text has now."],
    uk: ["Він уже є в проєкті.", "Саме це сьогодні й записано в проєкті.", "Так зараз і написано в тексті."],
  },
  optVsDraft: {
    en: [
      "The draft's {current} gives us {cur}.",
      "Compare the draft's {current}: {cur}.",
      "What the draft has now, {current}, is worth {cur} to us.",
    ],
    uk: [
      "Варіант {current} із проєкту дає нам {cur}.",
      "Для порівняння, {current} у проєкті — {cur}.",
      "Те, що зараз у проєкті, {current}, вартує для нас {cur}.",
    ],
  },
  // A request to back an amendment or an option.
  amYes: {
    en: [
      "Yes, we back amendment {n}: {option} on {issue} {why}.",
      "Amendment {n} has our support — {option} on {issue} {why}.",
      "We will support amendment {n}; {option} on {issue} {why}.",
    ],
    uk: [
      "Так, ми підтримуємо поправку {n}: {option} у пункті «{issue}» {why}.",
      "Поправка {n} має нашу підтримку — {option} у пункті «{issue}» {why}.",
      "Ми підтримаємо поправку {n}; {option} у пункті «{issue}» {why}.",
    ],
  },
  amNo: {
    en: [
      "We cannot back amendment {n}: {option} on {issue} {why}.",
      "Not amendment {n}, sorry — {option} on {issue} {why}.",
      "Amendment {n} does not work for us; {option} on {issue} {why}.",
    ],
    uk: [
      "Ми не можемо підтримати поправку {n}: {option} у пункті «{issue}» {why}.",
      "Поправку {n} — ні, вибачте: {option} у пункті «{issue}» {why}.",
      "Поправка {n} нам не підходить; {option} у пункті «{issue}» {why}.",
    ],
  },
  amRed: {
    en: [
      "Amendment {n} would write {option} into the text — our red line. {redText}",
      "We cannot back amendment {n}: {option} crosses our red line. {redText}",
      "No to amendment {n}. {option} is a red line for us. {redText}",
    ],
    uk: [
      "Поправка {n} вписала б у текст {option} — це наша червона лінія. {redText}",
      "Ми не можемо підтримати поправку {n}: {option} перетинає нашу червону лінію. {redText}",
      "Ні поправці {n}. Варіант {option} — червона лінія для нас. {redText}",
    ],
  },
  amAlready: {
    en: [
      "We already back amendment {n}.",
      "Amendment {n} has had our support for a while.",
      "Our name is on amendment {n} already.",
    ],
    uk: [
      "Ми вже підтримуємо поправку {n}.",
      "Поправка {n} уже має нашу підтримку.",
      "Наше ім’я вже стоїть під поправкою {n}.",
    ],
  },
  amOwn: {
    en: [
      "Amendment {n} is our own; we hope the table backs it.",
      "That is our amendment, {n}: please back it.",
      "We tabled amendment {n} ourselves — your support is welcome.",
    ],
    uk: [
      "Поправка {n} — наша власна; сподіваємося, стіл її підтримає.",
      "Це наша поправка, {n}: підтримайте її.",
      "Поправку {n} внесли ми самі — будемо вдячні за підтримку.",
    ],
  },
  amClosed: {
    en: [
      "Amendment {n} is closed already.",
      "Amendment {n} is no longer open.",
      "Too late for amendment {n}: it has been dealt with.",
    ],
    uk: [
      "Поправку {n} уже закрито.",
      "Поправка {n} більше не відкрита.",
      "Запізно для поправки {n}: її вже розглянуто.",
    ],
  },
  amUnknown: {
    en: [
      "We see no amendment {n} on the table.",
      "There is no amendment {n} that we know of.",
      "Amendment {n}? We cannot find it.",
    ],
    uk: [
      "Ми не бачимо на столі поправки {n}.",
      "Поправки {n}, наскільки ми знаємо, немає.",
      "Поправка {n}? Ми її не знаходимо.",
    ],
  },
  amNotNow: {
    en: [
      "We like amendment {n}, but backing amendments waits for the negotiation rounds.",
      "Amendment {n} looks right to us; we will back it once the talks are open.",
      "Support for amendment {n} has to wait until the negotiation is under way.",
    ],
    uk: [
      "Поправка {n} нам до вподоби, але підтримувати поправки можна лише під час раундів переговорів.",
      "Поправка {n} виглядає слушно; підтримаємо її, щойно почнуться переговори.",
      "Підтримка поправки {n} мусить зачекати до початку переговорів.",
    ],
  },
  tableIt: {
    en: [
      "Table an amendment for {option} on {issue} and we will back it: {why}.",
      "Put {option} on {issue} forward as an amendment and you have our support — {why}.",
      "Propose {option} on {issue} and we will support it; {why}.",
    ],
    uk: [
      "Внесіть поправку з варіантом {option} у пункті «{issue}», і ми її підтримаємо: {why}.",
      "Запропонуйте {option} у пункті «{issue}» як поправку — і матимете нашу підтримку: {why}.",
      "Запропонуйте {option} у пункті «{issue}», і ми підтримаємо; {why}.",
    ],
  },
  wontBack: {
    en: [
      "We would not back {option} on {issue}: {why}.",
      "{option} on {issue} is not something we can support — {why}.",
      "No support from us for {option} on {issue}; {why}.",
    ],
    uk: [
      "Ми не підтримали б {option} у пункті «{issue}»: {why}.",
      "Варіант {option} у пункті «{issue}» ми підтримати не можемо — {why}.",
      "Нашої підтримки для {option} у пункті «{issue}» не буде; {why}.",
    ],
  },
  // Why a change suits a seat or not ({why} of the lines above).
  whyGain: {
    en: [
      "takes us from {from} to {to}",
      "raises our score there from {from} to {to}",
      "is worth {to} to us instead of {from}",
    ],
    uk: [
      "поліпшить наш рахунок там: було {from}, стане {to}",
      "дасть нам там {to} (зараз {from})",
      "варте для нас {to}, а зараз маємо {from}",
    ],
  },
  whyHold: {
    en: [
      "costs us points there but makes the whole deal likelier to hold",
      "is a step down on paper, yet the framework gets sturdier",
      "loses us a little there and wins more in the stress test",
    ],
    uk: [
      "коштує нам балів там, але угода стає надійнішою",
      "на папері це крок назад, але рамкова угода міцнішає",
      "трохи втрачаємо там, а більше виграємо на стрес-тесті",
    ],
  },
  whyLoss: {
    en: ["would cost us {loss}", "drops us from {from} to {to}", "is worth {to} to us against {from} now"],
    uk: [
      "коштувало б нам {loss}",
      "знизить наш рахунок там: було {from}, стане {to}",
      "варте для нас лише {to}, а зараз маємо {from}",
    ],
  },
  whyWeaker: {
    en: [
      "gains a little there but weakens the deal as a whole",
      "looks fine on its own, yet makes the framework less likely to hold",
      "would make the whole package worse for us",
    ],
    uk: [
      "трохи додає там, але послаблює угоду загалом",
      "саме по собі непогано, але рамкова угода стає менш надійною",
      "погіршило б для нас увесь пакет",
    ],
  },
  // A request to oppose.
  oppAgree: {
    en: [
      "Agreed, we will not back {option} on {issue}: it gives us only {pts}.",
      "We have no love for {option} on {issue} either ({pts} for us).",
      "You will not see our name under {option} on {issue}: {pts} is too little for us.",
    ],
    uk: [
      "Згода, ми не підтримаємо {option} у пункті «{issue}»: це лише {pts} для нас.",
      "Нам теж не до вподоби {option} у пункті «{issue}» ({pts} для нас).",
      "Нашого підпису під {option} у пункті «{issue}» не буде: {pts} для нас замало.",
    ],
  },
  oppNeutral: {
    en: [
      "{option} on {issue} makes little difference to us ({pts} against {cur}); we will not fight it.",
      "We have no strong view on {option} on {issue}: {pts}, about what {current} gives us.",
      "Neither for nor against {option} on {issue}: {pts} for us, {cur} now.",
    ],
    uk: [
      "Варіант {option} у пункті «{issue}» для нас мало що змінює ({pts}, зараз {cur}); боротися з ним не будемо.",
      "Твердої позиції щодо {option} у пункті «{issue}» немає: {pts}, приблизно як {current}.",
      "Ні за, ні проти {option} у пункті «{issue}»: {pts} для нас, зараз {cur}.",
    ],
  },
  oppDisagree: {
    en: [
      "We will not oppose {option} on {issue}: it is worth {pts} to us, more than {current} ({cur}).",
      "Sorry, {option} on {issue} suits us: {pts}, against {cur} for {current}.",
      "We cannot block {option} on {issue}; it gives us {pts} where {current} gives {cur}.",
    ],
    uk: [
      "Ми не виступатимемо проти {option} у пункті «{issue}»: це {pts} для нас, більше, ніж {current} ({cur}).",
      "Вибачте, {option} у пункті «{issue}» нам підходить: {pts}, а {current} дає {cur}.",
      "Ми не можемо блокувати {option} у пункті «{issue}»; це дає нам {pts}, а {current} — {cur}.",
    ],
  },
  // Signing.
  signYes: {
    en: [
      "We would sign the draft as it stands: {pts} for us, above our fallback.",
      "As it stands, yes — this text is worth {pts} to us, better than no deal.",
      "We can sign this: {pts} for us beats walking away.",
    ],
    uk: [
      "Ми підписали б проєкт у нинішньому вигляді: {pts} для нас, краще за наш запасний варіант.",
      "У нинішньому вигляді — так: цей текст вартий для нас {pts}, краще, ніж без угоди.",
      "Це ми можемо підписати: {pts} для нас краще, ніж піти ні з чим.",
    ],
  },
  signNow: {
    en: [
      "We sign: {pts} for us.",
      "Our signature is yours — this text is worth {pts} to us.",
      "We are signing; {pts} for us is a deal worth having.",
    ],
    uk: [
      "Ми підписуємо: {pts} для нас.",
      "Наш підпис — ваш: цей текст вартий для нас {pts}.",
      "Підписуємо; {pts} для нас — угода, яку варто мати.",
    ],
  },
  signBlank: {
    en: [
      "We cannot sign a draft with blanks: {issues} still open.",
      "Not yet — {issues} still blank in the text.",
      "A signature needs a complete text; {issues} still empty.",
    ],
    uk: [
      "Ми не можемо підписати проєкт із порожніми пунктами: ще відкриті {issues}.",
      "Ще ні — у тексті порожні {issues}.",
      "Для підпису потрібен повний текст; ще порожні {issues}.",
    ],
  },
  signRed: {
    en: [
      "We cannot sign: {red} crosses our red line. {redText}",
      "Not with {red} in the text. {redText}",
      "Our signature stops at {red}. {redText}",
    ],
    uk: [
      "Ми не можемо підписати: {red} перетинає нашу червону лінію. {redText}",
      "Не з варіантом {red} у тексті. {redText}",
      "Наш підпис неможливий, поки в тексті {red}. {redText}",
    ],
  },
  signLow: {
    en: [
      "Not as it stands: {pts} for us is worse than no deal. We need movement on {issue}.",
      "No — this text leaves us below our fallback ({pts}). Move on {issue} and we talk.",
      "We would not sign this one: {pts} for us. {issue} is where it goes wrong.",
    ],
    uk: [
      "У нинішньому вигляді — ні: {pts} для нас гірше, ніж без угоди. Потрібен рух у пункті «{issue}».",
      "Ні — цей текст лишає нас нижче від запасного варіанта ({pts}). Зрушимо пункт «{issue}» — поговоримо.",
      "Цей текст ми не підписали б: {pts} для нас. Проблема — у пункті «{issue}».",
    ],
  },
  // Offers.
  offerYes: {
    en: [
      "Deal: we back {want}, and we count on you for {give}.",
      "Agreed — {want} has our support; we expect yours on {give}.",
      "We accept: our support for {want}, yours for {give}.",
    ],
    uk: [
      "Домовилися: ми підтримуємо вас щодо {want} і розраховуємо на вас щодо {give}.",
      "Згода — щодо {want} маєте нашу підтримку; чекаємо вашої щодо {give}.",
      "Приймаємо: наша підтримка щодо {want}, ваша — щодо {give}.",
    ],
  },
  offerLater: {
    en: [
      "Together those work for us: once {give} is done, we back {want}.",
      "We can do that trade — you move on {give} first, then we back {want}.",
      "Fair: deliver {give} and {want} gets our support.",
    ],
    uk: [
      "Разом це нам підходить: щойно буде зроблено щодо {give}, ми підтримаємо вас щодо {want}.",
      "Такий обмін можливий — спершу ви рухаєтеся щодо {give}, потім ми підтримуємо вас щодо {want}.",
      "Чесно: виконайте обіцяне щодо {give}, і щодо {want} матимете нашу підтримку.",
    ],
  },
  offerNo: {
    en: [
      "That trade does not work for us: {want} costs us more than {give} brings.",
      "No deal on that one — {want} is too expensive for us, even with {give}.",
      "We have to decline: {give} does not make up for {want}.",
    ],
    uk: [
      "Такий обмін нам не підходить: поступка щодо {want} коштує нам більше, ніж дає ваша щодо {give}.",
      "На це ми не підемо — щодо {want} це для нас задорого, навіть із вашим кроком щодо {give}.",
      "Мусимо відмовитися: ваш крок щодо {give} не компенсує нашого щодо {want}.",
    ],
  },
  offerWritten: {
    en: [
      "We have put it on the table as a linked offer: accept it and the engine holds us both to it.",
      "It is on the table now as a linked offer to you; accept it and both our words are on record.",
      "Done in writing: a linked offer to you is on the table.",
    ],
    uk: [
      "Ми виклали це на стіл як пов’язану пропозицію: приймете її — і слово триматимуть обидві сторони.",
      "Тепер це на столі як пов’язана пропозиція вам; приймете — і обидва наші слова буде зафіксовано.",
      "Зафіксовано письмово: вам на столі пов’язана пропозиція.",
    ],
  },
  offerDistrust: {
    en: [
      "You did not keep your word on {broken}. Move first and we will follow.",
      "Last time you broke your word on {broken}; this time you go first.",
      "After {broken}, we need to see you deliver before we commit.",
    ],
    uk: [
      "Ви не дотримали слова щодо {broken}. Рушайте першими — ми підемо слідом.",
      "Минулого разу ви порушили слово щодо {broken}; цього разу першими йдете ви.",
      "Після історії щодо {broken} нам треба побачити, що ви виконуєте, перш ніж ми зобов’яжемося.",
    ],
  },
  offerVague: {
    en: [
      "What exactly do you ask of us, and what do you offer? Name the issues.",
      "Happy to trade — tell us which issue you want and which you give.",
      "Make it concrete: which option for which, and we will answer.",
    ],
    uk: [
      "Що саме ви просите в нас і що пропонуєте? Назвіть пункти.",
      "Готові до обміну — скажіть, який пункт хочете ви і який віддаєте.",
      "Конкретніше: який варіант за який — і ми відповімо.",
    ],
  },
  // Threats.
  threatFirm: {
    en: [
      "Noted. Pressure does not change our numbers: {topic} is worth {pts} to us.",
      "We hear you, but {topic} gives us {pts}, and that is what we go by.",
      "Threats will not move us; on {topic} our numbers say {pts}.",
    ],
    uk: [
      "Взяли до уваги. Тиск не змінює наших розрахунків: щодо {topic} маємо {pts}.",
      "Ми вас чуємо, але щодо {topic} для нас це {pts}, і ми керуємося саме цим.",
      "Погрози нас не зрушать; щодо {topic} наші розрахунки кажуть {pts}.",
    ],
  },
  threatAligned: {
    en: [
      "No need for threats: we were going to back {topic} anyway.",
      "Relax — {topic} suits us; you will have our support.",
      "We are on the same side on {topic}, no pressure needed.",
    ],
    uk: [
      "Погрози зайві: щодо {topic} ми й так на вашому боці.",
      "Спокійно — щодо {topic} наша підтримка буде.",
      "Щодо {topic} ми на одному боці, тиск не потрібен.",
    ],
  },
  threatVague: {
    en: [
      "Noted. Tell us what you need on which issue and we will look at it.",
      "We have heard the warning. What exactly do you want changed?",
      "Understood. Name the issue and we will see what we can do.",
    ],
    uk: [
      "Взяли до уваги. Скажіть, що вам потрібно і в якому пункті, — ми подивимося.",
      "Попередження почули. Що саме ви хочете змінити?",
      "Зрозуміло. Назвіть пункт, і ми побачимо, що можемо зробити.",
    ],
  },
  // Promises made to the bot.
  promiseGood: {
    en: [
      "Noted, and welcome: {topic} helps us. We will remember it.",
      "Good — we are counting on you for {topic}.",
      "Thank you; {topic} matters to us and we will hold you to it.",
    ],
    uk: [
      "Взяли до уваги, і це добре: слово щодо {topic} нам допомагає. Ми запам’ятаємо.",
      "Добре — розраховуємо на вас щодо {topic}.",
      "Дякуємо; слово щодо {topic} важливе для нас, і ми нагадаємо про нього.",
    ],
  },
  promiseMeh: {
    en: [
      "Noted, though {topic} does little for us.",
      "Fine by us, but {topic} is not where our interest lies.",
      "We have it on record — {topic} is not our priority, though.",
    ],
    uk: [
      "Взяли до уваги, хоча щодо {topic} це мало що дає нам.",
      "Нам не заважає, але щодо {topic} наш інтерес невеликий.",
      "Записали — хоча щодо {topic} це не наш пріоритет.",
    ],
  },
  promiseVague: {
    en: ["Noted. We will hold you to it.", "Your word is on record with us.", "We will remember that."],
    uk: ["Взяли до уваги. Ми нагадаємо про це.", "Ваше слово в нас записане.", "Ми це запам’ятаємо."],
  },
  // General.
  priorities: {
    en: [
      "What matters most to us now: {issue} — we need {best} rather than {current}.",
      "Our priority is {issue}: {best}, not {current}.",
      "If you ask what we want: {best} on {issue}, instead of {current}.",
    ],
    uk: [
      "Найважливіше для нас зараз — пункт «{issue}»: нам потрібен {best}, а не {current}.",
      "Наш пріоритет — пункт «{issue}»: {best}, а не {current}.",
      "Якщо питаєте, чого ми хочемо: {best} у пункті «{issue}» замість {current}.",
    ],
  },
  content: {
    en: [
      "The draft suits us as it stands; we would like it kept.",
      "We are content with the text as it is.",
      "No complaints about the draft from us.",
    ],
    uk: [
      "Проєкт у нинішньому вигляді нам підходить; хочемо його зберегти.",
      "Текст у нинішньому вигляді нас влаштовує.",
      "До проєкту в нас претензій немає.",
    ],
  },
  greeting: {
    en: ["Hello, {speaker}.", "Good to hear from you, {speaker}.", "Greetings from {seat}."],
    uk: ["Вітаємо, {speaker}.", "Раді чути вас, {speaker}.", "Вітання від делегації: {seat}."],
  },
  thanks: {
    en: ["You are welcome.", "Any time, {speaker}.", "Glad to help."],
    uk: ["Будь ласка.", "Завжди раді, {speaker}.", "Раді допомогти."],
  },
  unknown: {
    en: [
      "We did not follow that. Ask us about an issue ({topics}), an amendment by number, or whether we would sign.",
      "Sorry, we cannot read that. We can talk about {topics}, a numbered amendment, or the draft as a whole.",
      "Could you put it another way? We answer on {topics}, on amendments by number, and on signing.",
    ],
    uk: [
      "Ми не зрозуміли. Запитайте про пункт ({topics}), про поправку за номером або чи підпишемо ми.",
      "Вибачте, ми не можемо це прочитати. Можемо говорити про {topics}, про поправку за номером або про проєкт загалом.",
      "Чи можете сказати інакше? Ми відповідаємо щодо {topics}, щодо поправок за номером і щодо підпису.",
    ],
  },
  summary: {
    en: [
      "We could not answer everything at once: {count} more from {who}, on {topics}. Ask again if one still needs an answer.",
      "A backlog on our side — {count} from {who} ({topics}). Please repeat what still matters.",
      "Too many messages to answer each: {count} from {who}, about {topics}. Ask again and we will reply.",
    ],
    uk: [
      "Ми не встигли відповісти на все одразу: ще {count} від {who}, про {topics}. Запитайте знову, якщо відповідь ще потрібна.",
      "У нас черга — {count} від {who} ({topics}). Повторіть, будь ласка, що ще важливо.",
      "Забагато повідомлень, щоб відповісти на кожне: {count} від {who}, про {topics}. Запитайте знову — відповімо.",
    ],
  },
  // Promise outcomes, said when a promise is kept or broken.
  keptBy: {
    en: [
      "{seat} kept its word on {topic}.",
      "Credit to {seat}: it delivered on {topic}.",
      "{seat} did what it promised on {topic}.",
    ],
    uk: [
      "{seat}: слова щодо {topic} дотримано.",
      "Віддаймо належне — {seat}: обіцянку щодо {topic} виконано.",
      "{seat}: обіцяне щодо {topic} зроблено.",
    ],
  },
  brokenBy: {
    en: [
      "{seat} did not keep its word on {topic}.",
      "{seat} promised {topic} and did not deliver.",
      "We note that {seat} broke its word on {topic}.",
    ],
    uk: [
      "{seat}: слова щодо {topic} не дотримано.",
      "{seat}: обіцяли щодо {topic}, але не виконали.",
      "Зауважимо: слово щодо {topic} ({seat}) порушено.",
    ],
  },
  keptOwn: {
    en: [
      "We kept our word to {seat} on {topic}.",
      "As promised to {seat}: done on {topic}.",
      "Our word to {seat} on {topic} is kept.",
    ],
    uk: [
      "Ми дотримали слова, даного делегації {seat}, щодо {topic}.",
      "Як обіцяли ({seat}): щодо {topic} зроблено.",
      "Наше слово щодо {topic} ({seat}) виконано.",
    ],
  },
  brokenOwn: {
    en: [
      "We could not keep our word to {seat} on {topic}: the numbers moved.",
      "We owe {seat} an apology on {topic}; it no longer worked for us.",
      "On {topic} we fell short of what we told {seat}.",
    ],
    uk: [
      "Ми не змогли дотримати слова щодо {topic} ({seat}): розрахунки змінилися.",
      "Перепрошуємо ({seat}) щодо {topic}: це вже нам не підходило.",
      "Щодо {topic} ми не виконали сказаного ({seat}).",
    ],
  },
} satisfies Record<string, Lines>;

/** How a seat opens and closes what it says: one voice per seat, the default for the others. */
interface Voice {
  open: Lines;
  close: Lines;
}

export const EN_UK_VOICES = {
  default: {
    open: { en: ["", "Well,", "Our view:"], uk: ["", "Отже,", "Наша позиція:"] },
    close: { en: ["", "Let us keep talking.", "We are listening."], uk: ["", "Говорімо далі.", "Ми слухаємо."] },
  },
  washington: {
    open: { en: ["", "Bottom line:", "Short answer:", "Straight up:"], uk: ["", "Коротко:", "Суть така:", "Прямо:"] },
    close: {
      en: ["", "That's it.", "Congress has to buy it.", "Next."],
      uk: ["", "Усе.", "Конгрес має це прийняти.", "Далі."],
    },
  },
  paris: {
    open: {
      en: [
        "Allow us to be precise:",
        "France's position is as follows:",
        "With respect,",
        "Let us be clear, as friends:",
      ],
      uk: ["Дозвольте уточнити:", "Позиція Франції така:", "З повагою,", "Скажімо чітко, по-дружньому:"],
    },
    close: {
      en: ["", "Europe must lead on this.", "We remain entirely at the table.", "That is the French view."],
      uk: ["", "Європа має тут вести.", "Ми цілком залишаємося за столом.", "Такий погляд Франції."],
    },
  },
  london: {
    open: {
      en: ["Frankly,", "To be candid,", "For what it's worth,", ""],
      uk: ["Відверто,", "Якщо чесно,", "Як на нас,", ""],
    },
    close: {
      en: ["", "Let's be sensible about it.", "We keep our word.", "Cover first, then boots."],
      uk: ["", "Будьмо розсудливими.", "Ми тримаємо слово.", "Спершу прикриття, потім війська."],
    },
  },
  berlin: {
    open: {
      en: ["Berlin has to be careful here:", "Let us be prudent:", "Soberly put,", ""],
      uk: ["Берлін мусить бути обережним:", "Будьмо розважливими:", "Тверезо кажучи,", ""],
    },
    close: {
      en: ["", "The Bundestag will ask us about it.", "Step by step.", "No escalation, please."],
      uk: ["", "Бундестаг нас про це запитає.", "Крок за кроком.", "Без ескалації, будь ласка."],
    },
  },
  warsaw: {
    open: {
      en: ["Plainly:", "Let me be blunt:", "No illusions:", ""],
      uk: ["Просто кажучи:", "Скажу прямо:", "Без ілюзій:", ""],
    },
    close: {
      en: ["", "Moscow is watching.", "Deterrence or nothing.", "We know this neighbour."],
      uk: ["", "Москва спостерігає.", "Стримування або нічого.", "Ми знаємо цього сусіда."],
    },
  },
  rome: {
    open: {
      en: ["Look,", "Let us be reasonable:", "Italy sees it like this:", ""],
      uk: ["Дивіться,", "Будьмо розсудливі:", "Італія бачить це так:", ""],
    },
    close: {
      en: ["", "There is room for a compromise.", "Let us find the middle.", "Calm heads."],
      uk: ["", "Тут є місце для компромісу.", "Знайдімо середину.", "Холодні голови."],
    },
  },
  helsinki: {
    open: { en: ["Briefly:", "Clearly:", ""], uk: ["Коротко:", "Чітко:", ""] },
    close: {
      en: ["", "Words need force behind them.", "We have a long border too."],
      uk: ["", "За словами має стояти сила.", "У нас теж довгий кордон."],
    },
  },
  brussels: {
    open: {
      en: ["On behalf of the Union:", "Procedurally speaking,", "The Union's view:", ""],
      uk: ["Від імені Союзу:", "З процедурного погляду,", "Погляд Союзу:", ""],
    },
    close: {
      en: ["", "The Union's leverage matters.", "Twenty-seven capitals will read this."],
      uk: ["", "Важелі Союзу важливі.", "Це читатимуть двадцять сім столиць."],
    },
  },
  kyiv: {
    open: {
      en: ["Time matters:", "Every day counts:", "Listen:", "Plainly, for Ukraine:"],
      uk: ["Час важить:", "Кожен день на рахунку:", "Послухайте:", "Прямо, для України:"],
    },
    close: {
      en: ["", "People are dying while we wait.", "We need this to hold.", "Nothing about Ukraine without Ukraine."],
      uk: ["", "Поки ми чекаємо, гинуть люди.", "Нам треба, щоб це втрималося.", "Нічого про Україну без України."],
    },
  },
} satisfies Record<string, Voice>;
