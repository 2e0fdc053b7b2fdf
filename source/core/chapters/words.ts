/** Words as data for finding topics: what carries no topic, what marks an ad, what opens a new subject. */

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
	today tomorrow yesterday tonight episode podcast listeners listener join visit check start head sign download subscribe follow`.split(/\s+/),
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

/** How a host opens a new subject. */
export const TRANSITION_CUES: readonly RegExp[] = [
	/\b(?:let['’]?s|let us|I['’]?d like to|I want to|wanted to) (?:\w+ )?(?:talk|turn|move|switch|get|dig|go|jump) (?:\w+ )?(?:about|to|into|on)\b/i,
	/\b(?:I['’]m going to|I want to|I['’]d like to|let me) ask\b/i,
	/\b(?:moving|switching|turning|shifting) (?:on|gears|to)\b/i,
	/\bspeaking of\b/i,
	/\b(?:another|next|last|final|one more) (?:question|topic|thing|paper|project)\b/i,
	/\bback to\b/i,
	/\btell (?:me|us) (?:a (?:bit|little) )?(?:about|more)\b/i,
	/\byou(?:['’]ve)? (?:mentioned|wrote|founded|published|run|lead)\b/i,
	/\bbefore (?:we|I) (?:wrap|let you go|go)\b/i,
	/\brecommend(?:ation)?s?\b/i,
	/\bwhere can (?:people|listeners|our listeners)\b/i,
];
