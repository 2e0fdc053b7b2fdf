/**
 * Words, as data, for reading titles out of speech, where speech-to-text writes them in lower case
 * and without quotes: what ends a title, what cannot begin one, the fillers people say, and the
 * names that are never works (companies, products, games, shows, languages, places) unless the
 * episode says so. Each list is tested in test/core/mentions/lexicon.test.ts.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Said between words and meaning nothing: left out of names and titles ("by so Steven Levy"). */
export const FILLERS: ReadonlySet<string> = words(
	`so uh um uhm er erm ah like well oh okay ok yeah yes actually basically literally really just mm hmm mm-hmm`,
);

/**
 * Words that end a title said in lower case: the speaker has gone on to say something about it.
 * Pronouns, auxiliaries, conjunctions that start a clause, and adverbs of talk. (A title written
 * with capitals or in quotes is read by its capitals or quotes, not by these.)
 */
export const TITLE_ENDS: ReadonlySet<string> = words(`
	i i'm i've i'd i'll here's let's what's how's who's me my you you're you've your he he's him his she she's her we we're us our they they're them their it it's its
	is was are were be been being am has had have having will would can could should shall may might must do does did done don't doesn't didn't isn't wasn't
	because which who whom whose where when while whereas if unless since though although whether than then so but or nor and
	that that's this these those there there's here what
	about by
	um uh er ah like yeah yes okay ok oh well actually basically really just also too very anyway anyways
	myself yourself himself herself itself ourselves themselves
	yesterday today tonight recently lately ago
	right now again already still ever never always maybe probably perhaps
	said says say talks talked wrote writes came comes went goes got gets
`);

/** Words a title said in lower case never begins with: it is a phrase about something, not a name. */
export const NOT_TITLE_STARTS: ReadonlySet<string> = words(`
	some any all every each more most many much few lots lot several other another such both either neither
	one two three four five six seven eight nine ten first second third last next same whole entire
	through up out into onto over under off back down around across along about after before during
	it this that these those them there here what which who how why when where
	not no yes nothing something anything everything stuff things thing
	part parts chapter chapters page pages version versions copy copies
	book books novel novels paper papers essay essays article articles post posts
	everybody everyone somebody someone people
	to for in on of with at from as by like than until till toward towards within without between among per via
	called titled named entitled
	good great bad nice amazing wonderful incredible interesting fascinating famous classic favourite favorite formal major real quick short long
	enough less fewer
	bunch couple chunk little big huge tiny number kind sort type bit piece set series pair
	new old recent latest different particular certain single whole entire own yet also even only just still kind
	here's let's what's that's there's it's how's who's where's when's why's i'm i've i'd i'll you're we're they're he's she's
`);

/** The first words of a remark, not a title: a quote that begins with one is speech ("Oh, I read this…"). */
export const SPEECH_STARTS: ReadonlySet<string> = words(
	`i i'm i've i'd i'll we we're we've it's that's there's here's let's what's hey oh yeah yes no okay ok so well wow hm hmm man please um uh`,
);

/** Nouns said right after "book" that make a compound, not a title: "your book URL", "the book tour". */
export const BOOK_COMPOUNDS: ReadonlySet<string> = words(
	`url link links site website page tour club clubs signing deal launch cover title proposal review reviews store stores shelf shelves report reports shop`,
);

/**
 * Nouns for things that are not works: the nearest of these or of the kinds of work said before a
 * title says what it names ("my favourite chapter of that book… it's called X" names a chapter).
 */
export const NOT_WORK_NOUNS: ReadonlySet<string> = words(
	`chapter chapters section sections episode episodes podcast podcasts show shows course courses class classes talk talks company companies app apps game games song songs movie movies film films group groups newsletter conference column columns channel channels`,
);

/** Nouns that alone say what a thing is, not which: "the book", "a good one", "the article". */
export const GENERIC_NOUNS: ReadonlySet<string> = words(`
	book books novel novels paper papers essay essays article articles post posts blog piece pieces memoir biography textbook textbooks
	one ones thing things stuff lot bit way kind sort type part chapter chapters page pages series volume volumes edition editions
	story stories work works title titles list lists copy copies version history literature fiction nonfiction
	code program programs software language languages
`);

/**
 * Names that are never works by themselves: companies, products and services, games, shows,
 * languages and tools, places. A title found is dropped when it is one of these, unless the
 * episode says it is a book ("a book called X"). Lower case.
 */
export const NEVER_WORKS: ReadonlySet<string> = new Set([
	// companies, publishers, services
	'37 signals',
	'37signals',
	'basecamp',
	'manning',
	"o'reilly",
	'oreilly',
	'pragmatic bookshelf',
	'packt',
	'no starch',
	'addison-wesley',
	'penguin',
	'random house',
	'amazon',
	'audible',
	'kindle',
	'goodreads',
	'blinkist',
	'coursera',
	'udemy',
	'khan academy',
	'pluralsight',
	'frontend masters',
	'egghead',
	'patreon',
	'substack',
	'medium',
	'slack',
	'discord',
	'zoom',
	'twitter',
	'facebook',
	'instagram',
	'tiktok',
	'youtube',
	'reddit',
	'hacker news',
	'stack overflow',
	'bell labs',
	'xerox parc',
	'microsoft',
	'apple',
	'google',
	'netflix',
	'spotify',
	'linode',
	'digitalocean',
	'heroku',
	'netlify',
	'vercel',
	// products and hardware
	'raspberry pi',
	'arduino',
	'iphone',
	'ipad',
	'ipod',
	'macbook',
	'mac',
	'windows',
	'linux',
	'unix',
	'android',
	'ios',
	'pdp-11',
	'pdp-7',
	'commodore 64',
	'apple ii',
	// games
	'dungeons and dragons',
	'dungeons & dragons',
	'd&d',
	'minecraft',
	'doom',
	'quake',
	'wolfenstein',
	'wolfenstein 3d',
	'tetris',
	'pac-man',
	'zelda',
	'pokemon',
	'chess',
	'go',
	'sim city',
	'simcity',
	'fortnite',
	'world of warcraft',
	// languages, tools, frameworks
	'python',
	'java',
	'javascript',
	'typescript',
	'ruby',
	'rust',
	'swift',
	'kotlin',
	'scala',
	'haskell',
	'lisp',
	'scheme',
	'clojure',
	'elixir',
	'erlang',
	'c',
	'c++',
	'c#',
	'fortran',
	'cobol',
	'pascal',
	'perl',
	'php',
	'matlab',
	'r',
	'django',
	'flask',
	'rails',
	'ruby on rails',
	'react',
	'vue',
	'angular',
	'node',
	'node.js',
	'jquery',
	'emacs',
	'vim',
	'git',
	'github',
	'docker',
	'kubernetes',
	'excel',
	'jupyter',
	'numpy',
	'pandas',
	'pytorch',
	'tensorflow',
	// shows and films that people name beside books
	'star wars',
	'star trek',
	'the matrix',
	'game of thrones',
	'the office',
	'seinfeld',
	'the simpsons',
	'black mirror',
	'silicon valley',
	'stand up dev',
	// places
	'america',
	'united states',
	'europe',
	'new zealand',
	'australia',
	'england',
	'britain',
	'london',
	'paris',
	'new york',
	'san francisco',
	'texas',
	'california',
	'russia',
	'china',
	'japan',
	'germany',
	'india',
	'canada',
]);

/** A word right after a name that makes it something other than a work: "the X podcast", "X the game". */
export const NOT_WORK_AFTER: ReadonlySet<string> = words(`
	podcast podcasts show shows episode game games company companies app apps language framework library conference course courses class movie movies film films channel newsletter website site tool tools team
	page pages folks people guys fans crowd community movement project era aircraft theorem conjecture prize award earbuds
`);

/**
 * Common given names: a weakly cued "title" that begins with one and is only names is a person
 * ("have you read Neil Postman"). Lower case.
 */
export const GIVEN_NAMES: ReadonlySet<string> = words(`
	aaron abigail adam adrian alan albert alex alexander alfred alice alison allen amanda amir amy andrea andrew andy angela ann anna anne anthony arthur ayn
	barbara barry ben benjamin bernard beth betty bill bob bonnie brad brandon brenda brian bruce bryan carl carla carlos carol caroline catherine charles
	charlie chris christian christina christine christopher claire clara craig dale dan daniel danny dave david dean deborah denise dennis derek diana diane
	donald donna doris doug douglas duncan earl ed eddie edgar edith edward edwin elaine eleanor eli elizabeth ellen emily emma eric erica erin ernest
	eugene evan evelyn frances francis frank fred frederick gabriel gary gene george gerald gloria gordon grace greg gregory gustav hannah harold harry
	heather helen henry herbert herman howard hugh ian irene isaac jack jacob james jamie jan jane janet jason jean jeff jeffrey jennifer jeremy jerry
	jessica jill jim joan joe joel john johnny jon jonathan jordan jose joseph josh joshua joyce judith judy julia julian julie justin karen karl kate
	katherine kathleen katrina kathy keith kelly ken kenneth kevin kim kyle larry laura lauren lawrence leo leon leonard lewis linda lisa lois louis
	louise lucy luke lynn malcolm marc margaret maria marie marilyn mark martha martin mary matt matthew maurice max megan melissa michael michelle
	mike milton mitchell nancy natalie nathan nathaniel neal neil nicholas nick nicole noah norman oliver oscar pamela pat patricia patrick paul paula
	peggy peter phil philip phillip rachel ralph randall randy ray raymond rebecca richard rick rita rob robert roberta robin roger ron ronald rose roy
	russell ruth ryan sally sam samuel sandra sandy sara sarah scott sean sharon sheila shirley simon sophia stanley stephanie stephen steve steven stuart
	susan suzanne sylvia ted teresa terry theodore thomas tim timothy todd tom tony tracy troy valerie vernon victor victoria viktor vincent virginia
	walter warren wayne wendy wesley william yaron yuval zach zachary
`);

/** Last words of names of places, companies and media: "the Panama Canal", "Fox News". Lower case. */
export const PLACE_ENDS: ReadonlySet<string> = words(`
	canal union korea sea ocean river mountains island islands republic kingdom empire states city county valley avenue street park bay lake coast
	symposium conference workshop summit festival meetup
	theorem conjecture lemma hypothesis
	news magazine exchange times journal gazette tribune herald daily weekly press media radio tv television network inc corp
`);

/** Last words that say what a thing is named for: "Buffalo Web Framework", "the Deep Questions Podcast". */
export const NAMED_FOR: ReadonlySet<string> = words(`framework frameworks library toolkit sdk podcast app conference summit company inc`);

/** Small words a title keeps inside it but never ends with ("The Road to Reality", not "The Road to"). */
export const TITLE_INNER: ReadonlySet<string> = words(`of the a an and or in on for to with at from as into vs versus`);
