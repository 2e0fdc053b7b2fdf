/**
 * Words as data for finding chapters: what carries no topic, what marks an ad, where the
 * conversation starts and where the show closes.
 */

/** Function words, and the fillers of speech ("yeah", "kind of", "you know"): they say nothing of the topic. */
export const STOPWORDS: ReadonlySet<string> = new Set(
	`a about above actually after again against ago all almost also although always am amazing an and another any anyone anything
	are around as ask asked at away awesome back basically be became because become been before being below best better between big
	bit both but by call called came can cannot could couldn course cool did didn different do does doesn doing don done down during each
	easy else enough especially even ever every everyone everything exactly example fantastic far feel felt few find first for found from
	fun further get gets getting give go goes going gone good got great guess had hadn has hasn have haven having he her here hers herself
	him himself his how however i if important in interesting into is isn it its itself just keep kind know known last later least less
	let lets like likely little lot lots made make makes making many may maybe me mean means might mm mine more most much must my myself
	need never new next nice no nor not nothing now of off oh ok okay on once one ones only or other others our ours ourselves out over
	own part people percent perfect pretty probably put quite rather really right said same say saying says see seem seems set she should
	shouldn show since so some someone something sometimes sort still such super sure take talk talked talking tell than thank thanks
	that the their theirs them themselves then there these they thing things think thinking this those though thought through time times
	to today together too totally true try trying two um uh under until up upon us use used using very want wanted wants was wasn way ways
	we well went were weren what whatever when where whether which while who whole whom whose why will with within without won wonder
	work working would wouldn wow yeah yes yet you your yours yourself yourselves hmm mhm hey huh ah okay alright anyway anyways stuff
	whatnot gonna wanna gotta sorta kinda lot obviously definitely absolutely certainly literally honestly simply able across already
	among b c d e f g h j k l m n o p q r s t u v w x y z ve ll re im don doesn isn didn wasn aren couldn wouldn shouldn won
	three four five six seven eight nine ten hundred thousand million billion year years day days week weeks month months
	today tomorrow yesterday tonight episode podcast listeners listener join visit check start head sign download subscribe follow
	somebody anybody everybody nobody whereas guys folks`.split(/\s+/),
);

/**
 * Words a title does not end with: adjectives, verbs and adverbs of everyday talk that no suffix
 * gives away (`harder`, `happens`, `often`). A phrase ending with one describes, it does not name
 * (`Dog, harder`). Some start a name well enough (`open source`, `deep learning`, `key moments`).
 */
export const NOT_TITLE_WORDS: ReadonlySet<string> = new Set(
	`harder easier bigger smaller faster slower longer shorter higher lower deeper stronger weaker older younger earlier later larger
	simpler cheaper greater worse worst happen happens believe remember understand agree imagine expect wrong crazy huge hard real
	small large long short old young early late free full quick clear possible impossible ready happy sad told works comes took takes
	runs looks needs knows thinks certain specific particular similar simple difficult main general key single open deep high low
	learn write run read die exist continue operate love help create creates build builds grow change move play pay live spend lose
	win buy sell teach solve fix ship hire ask explain describe matter care share hate fail succeed improve survive suffer compete
	optimize often online`.split(/\s+/),
);

/** Empty adjectives: a phrase that starts with one (`incredible product leaders`) has a better, shorter form. */
export const EMPTY_ADJECTIVES: ReadonlySet<string> = new Set(
	`incredible exciting excited fascinating insane massive tiny weird strange funny entire actual crazy huge whole somehow favorite
	suspect counter`.split(/\s+/),
);

/** Nouns too general to be a title alone: `Story`, `Side, job` say nothing of the topic. */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set(
	`man woman side story number moment piece point case level sense fact idea question answer place end reason problem person guy
	word kind type lot bunch stage step area aspect version`.split(/\s+/),
);

/**
 * First names: a capitalised phrase that starts with one is a person (`Jeff`, `Elon Musk`), a title
 * only when the chapter keeps coming back to them.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
	`aaron adam alan alex alexander alice amy andrew andy ann anna anne anthony barack barbara ben benjamin bill bob brad brian bruce
	carl carol charles charlie chris christopher claire daniel dave david dan donald doug elizabeth elon emily emma eric frank fred
	gary george grace greg harry helen henry ian jack jake james jamie jane jason jeff jeffrey jennifer jeremy jerry jessica jim joe
	john johnny jon jonathan jordan joseph josh julia julie justin karen kate katie keith kevin kim larry laura lee linda lisa lucy
	marc maria mark martin mary matt matthew michael michelle mike nancy nick noah oliver olivia pat patrick paul peter phil rachel
	ray richard rick rob robert roger ron ryan sam samuel sarah scott sean sergey simon sophia steve steven susan tim tom tony
	victor vladimir walter will william zach`.split(/\s+/),
);

/** Phrases of a sponsor read or a promotion: a paragraph with several of them is an ad. */
export const AD_CUES: readonly RegExp[] = [
	/\bsponsor(?:ed|s)?\b/i,
	/\bbrought to you by\b/i,
	/\bfree (?:\d+-day )?trial\b/i,
	/\b(?:promo|discount|coupon|special) code\b/i,
	/\buse (?:the )?code\b/i,
	/\b\d+% off\b/i,
	/\bsign up\b/i,
	/\bregistration\b|\bregister (?:now|today)\b/i,
	/\bwww\.|\b[a-z0-9-]+\.(?:com|io|ai|co|org|net|fm)\b/i,
	/\blinks? (?:is |are )?in the (?:show notes|description)\b/i,
	/\b(?:today|now) at\b/i,
	/\b[Jj]oin (?:us|today|now)\b|\b[Jj]oin [A-Z]\w+/,
	/\blimited time\b/i,
	/\bcheck (?:it|them) out\b/i,
	/\b(?<!of )courses?\b|\bcurriculum\b/i,
];

/** How many of the cues a paragraph needs to be an ad. */
export const AD_MIN_CUES = 3;

/** A sponsor's name: up to three capitalised words; a dot only inside one (`Miro.com`, `monday.com`). */
const SPONSOR = String.raw`(\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*(?: \p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*){0,2})`;

/**
 * How hosts open a sponsor read, across shows: "This episode is brought to you by", "This portion
 * of Talk Python To Me is sponsored by", "Our sponsor of this episode today is", "Support for the
 * show comes from", "Let me tell you about CommandBar". One of them and one other cue make an ad.
 * The sponsor's name is what follows (group 1).
 */
export const AD_OPENERS: readonly RegExp[] = [
	String.raw`\b(?:is|are|was|been) (?:brought to you|sponsored|presented|supported) (?:today )?by (?:our friends (?:at|from) )?${SPONSOR}`,
	String.raw`\b(?:[Oo]ur|[Tt]oday['’]s|[Tt]his episode['’]s) sponsors?(?: (?:of|for) (?:this|the|today['’]s) (?:episode|show))?(?: today)? (?:is|are) ${SPONSOR}`,
	String.raw`\b[Ss]upport for (?:this|the) (?:show|podcast|episode) comes from ${SPONSOR}`,
	String.raw`\b[Ll]et me tell you about ${SPONSOR}`,
	String.raw`\b(?:[Aa]|[Tt]his) (?:word|message) from (?:our|this week['’]s|today['’]s) sponsors?\b`,
	String.raw`\b(?:is|are|was) (?:brought to you|sponsored) by\b`,
].map(source => new RegExp(source, 'u'));

/**
 * Where a host starts the conversation after the cold open, the intro and the opening ads:
 * "And now, here's my conversation with …", "Rachel, thank you so much for being here and welcome
 * to the podcast", "Dave, welcome to Talk Python".
 */
export const CONVERSATION_STARTS: readonly RegExp[] = [
	/\bhere['’]?s my conversation with\b|\bhere is my conversation with\b|\band now,? (?:dear friends,? )?here['’]?s\b/i,
	/\b(?:thank you|thanks)(?: so much| again)? for (?:being here|joining (?:me|us)|coming on)\b/i,
	/\bwelcome (?:back )?to the (?:podcast|show)\b/i,
	/(?:^|[.!?] )\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?, welcome (?:back )?to\b/u,
];

/** A guest's first words to the host ("Thanks for having me", "Hi, Lenny."): the host's turn before them started the conversation. */
export const GUEST_GREETINGS: readonly RegExp[] = [
	/^(?:\p{L}+[,.!]? ){0,3}(?:thank you|thanks)(?: so much)? for having (?:me|us)\b/iu,
	/^(?:[Hh]i|[Hh]ey|[Hh]ello|[Tt]hank you|[Tt]hanks)(?: so much)?,? \p{Lu}\p{L}+[.!,]/u,
];

/** How a show closes: the outro from here on. */
export const OUTRO_STARTS: readonly RegExp[] = [
	/\b(?:thank you|thanks)(?: so much)? for listening\b/i,
	/\bthis has been another episode of\b/i,
	/\bthat['’]s (?:it|all) for (?:this|today['’]s) (?:episode|show)\b/i,
	/\bfor a full archive of\b|\bdon['’]t forget to subscribe\b/i,
];

/**
 * Words a speaker turns the conversation to a new topic with: "Let me ask you about …", "Let's
 * talk about …", "Can we go back to …", "Speaking of …", "Switching gears". On the development set
 * a paragraph that says one is within a minute of a published chapter's start 1.7 to 2.5 times as
 * often as any paragraph.
 */
export const TOPIC_TURNS: RegExp =
	/\b(?:let me (?:just )?ask|(?:let['’]s|let us|can we|could we) (?:talk|go back|get into|move|switch|jump|dive)|speaking of|(?:switching|shifting|changing) gears|moving on|i (?:want|wanted|have) to ask|ask you about)\b/i;
