/**
 * What is never a work, as data: venues, organisations, kinds of group. A rule that finds a
 * "title" checks it against these; the speakers' own names are added per transcript.
 */

/** Conferences, journals and magazines: where works appear, not works. */
export const VENUE_NAMES: readonly string[] = [
	'NeurIPS', 'NIPS', 'ICLR', 'ICML', 'ACL', 'EMNLP', 'NAACL', 'CVPR', 'ICCV', 'ECCV', 'AAAI', 'IJCAI', 'KDD', 'SIGGRAPH', 'CHI',
	'Nature', 'Science', 'Cell', 'PNAS', 'arXiv', 'WIRED', 'Wired', 'MIT Tech Review', 'MIT Technology Review', 'Fortune', 'The Atlantic',
	'The New Yorker', 'The New York Times', 'New York Times', 'The Guardian', 'The Economist', 'Forbes', 'Medium', 'Substack',
];

export const VENUES: ReadonlySet<string> = new Set(VENUE_NAMES.map(name => name.toLowerCase()));

/** Companies and labs that make models and publish papers: "an OpenAI model" names who, not what. */
export const ORGANISATIONS: ReadonlySet<string> = new Set(
	[
		'OpenAI', 'Google', 'Google DeepMind', 'DeepMind', 'Meta', 'Facebook', 'Microsoft', 'Anthropic', 'Apple', 'Amazon', 'AWS', 'Nvidia', 'NVIDIA', 'IBM',
		'Hugging Face', 'Kaggle', 'Uber', 'Baidu', 'Alibaba', 'Tencent', 'Tesla', 'Twitter', 'LinkedIn', 'GitHub', 'Mistral', 'Cohere', 'Stability AI', 'xAI',
		'Intel', 'AMD', 'Samsung', 'Netflix', 'Spotify', 'YouTube', 'Reddit', 'Wikipedia', 'Stanford', 'MIT', 'Harvard', 'Berkeley', 'Oxford', 'Cambridge',
	].map(name => name.toLowerCase()),
);

/** Words that make a capitalised phrase an organisation or a place, not a title. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
	['inc', 'corp', 'ltd', 'llc', 'labs', 'lab', 'university', 'institute', 'college', 'school', 'foundation', 'collective', 'company', 'group', 'society', 'association', 'council', 'department', 'team', 'club', 'podcast', 'show', 'network', 'academy'],
);

/** A title said right before or after one of these names a group or an event. */
export const GROUP_CONTEXT = /\b(?:reading|study|research|discussion) group|\bmailing list|\bemail list|\bnewsletter|\bconference|\bworkshop|\bmeetup|\bcommunity|\bpodcast|\bshow\b|\bseries\b|\bchannel|\bcourse|\bclass\b|\bgame\b|\bapp\b/i;

/** Capitalised words that begin sentences and phrases but are never a title on their own. */
export const NOT_TITLES: ReadonlySet<string> = new Set(
	['i', 'it', 'this', 'that', 'the', 'a', 'an', 'each', 'every', 'some', 'these', 'those', 'many', 'most', 'other', 'such', 'both', 'all', 'any', 'new', 'big', 'small', 'large', 'open', 'more', 'few', 'two', 'three', 'yeah', 'yes', 'no', 'so', 'and', 'but', 'or', 'oh', 'well', 'okay', 'ok', 'now', 'then', 'there', 'here', 'what', 'why', 'how', 'when', 'who', 'which', 'we', 'you', 'they', 'he', 'she', 'my', 'our', 'your', 'his', 'her', 'their', 'one', 'something', 'anything', 'nothing', 'everything', 'mm-hmm', 'right', 'sure', 'nice', 'great', 'cool'],
);

/** The words that say a work's kind, as a regular expression's alternatives (`blog post` before `post`). */
export const KIND_NAMES = String.raw`books?|novels?|memoirs?|biography|biographies|textbooks?|papers?|preprints?|articles?|essays?|blog posts?|posts?|pieces?|benchmarks?|leaderboards?|datasets?|data sets?|corpus|models?|LLMs?`;

/** The kind each of those words says. */
export const KIND_WORDS: ReadonlyArray<readonly [RegExp, 'book' | 'paper' | 'essay' | 'benchmark' | 'dataset' | 'model']> = [
	[/^(?:book|novel|memoir|biograph(?:y|ies)|textbook)s?$/i, 'book'],
	[/^(?:paper|preprint|article|publication)s?$/i, 'paper'],
	[/^(?:essay|post|piece|blog|op-ed|column)s?$/i, 'essay'],
	[/^(?:benchmark|leaderboard|eval|evaluation)s?$/i, 'benchmark'],
	[/^(?:dataset|corpus|data)s?$/i, 'dataset'],
	[/^(?:model|llm|network|architecture)s?$/i, 'model'],
];
