/** Chapters: where an episode's topics start, as a file, the transcript or Parley gives them. Times in seconds. */

/** A chapter as a chapters file or a transcript writes it. */
export type ChapterEntry = {
	readonly start: number;
	/** Sanitised, one line; may be empty (a Podcasting 2.0 chapter that only changes the artwork). */
	readonly title: string;
	/** Podcasting 2.0 `toc: false`: a hidden marker, kept but not listed as a chapter. */
	readonly toc?: boolean;
	/** When the file says the chapter ends; otherwise where the next one starts. */
	readonly end?: number;
	readonly url?: string;
	readonly img?: string;
	/** The paragraph the chapter opens, when a transcript's heading or Parley's topics say: more exact than a time. */
	readonly paragraph?: number;
};

/** The chapters files Parley reads and writes: Podcasting 2.0 JSON, YouTube-style text, WebVTT. */
export type ChaptersFormat = 'json' | 'txt' | 'vtt';
