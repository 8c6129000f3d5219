/**
 * The engine's contract. Every offset is a half-open UTF-16 index pair into the
 * unmodified input text: `text.slice(span[0], span[1])` reads the annotated text.
 */
import type { Markup } from './markup';

export type Span = [start: number, end: number];

export type EntityKind = 'person' | 'organization' | 'other';
export type Gender = 'male' | 'female';

/** How a mention names its entity. */
export type MentionForm =
  | 'name' // a full or partial proper name: "Xi Jinping", "Kirby"
  | 'honorific' // "Mr Xi", "Ms Mao"
  | 'pronoun' // "he", "she", "it", "they"
  | 'role' // a role noun: "the French president", "the ministry"
  | 'group'; // an anonymous or collective source: "officials", "a source"

export interface Mention {
  span: Span;
  form: MentionForm;
  /** The rule that linked this mention to its entity. */
  rule: string;
}

export interface Entity {
  /** Stable within one analysis: "e1", "e2", ... in order of first mention. */
  id: string;
  kind: EntityKind;
  /** Canonical name: the fullest proper name the article gives. */
  name: string;
  /** Role or title taken from the article, or null: "Russian Prime Minister". */
  role: string | null;
  gender: Gender | null;
  /** Other ways the article names this entity ("Mr Xi", "Xi", "the ministry"), without duplicates. */
  aliases: string[];
  /** Every mention, in text order. */
  mentions: Mention[];
  /** True for unnamed sources: "a source", "officials", "people familiar with the matter". */
  anonymous: boolean;
  rule: string;
  /** The rule that found the role ("role.premodifier", "role.appositive"), when there is a role. */
  roleRule?: string;
  /** Set when an annotation file's decisions were laid over the analysis (src/annotations/apply.ts). */
  source?: AnnotationSource;
}

/** Who made an annotation: the engine, or a person through an annotation file. */
export type AnnotationSource = 'engine' | 'human';

export type AttributionKind = 'quote' | 'claim';

/** A quote (direct quotation) or a claim (reported speech or other attributed statement). */
export interface Attribution {
  /** "q1", "q2", ... for quotes; "c1", ... for claims. */
  id: string;
  kind: AttributionKind;
  /** The content: for quotes, the quoted text including its quotation marks. */
  span: Span;
  /** The mention that names the speaker here ("Mr Xi", "he"), or null. */
  speaker: Span | null;
  /** The entity the speaker resolves to, or null. */
  entity: string | null;
  /** The attribution cue ("said", "according to"), or null. */
  cue: Span | null;
  /** True when the source is anonymous ("a source said"). */
  anonymous: boolean;
  /** The rule that made this annotation, e.g. "quote.cue-after" or "claim.said-that". */
  rule: string;
  /** Set when an annotation file's decisions were laid over the analysis (src/annotations/apply.ts). */
  source?: AnnotationSource;
}

/** A finding about the text itself, for editorial checks. */
export interface TextProblem {
  kind: 'unbalanced-quote';
  span: Span;
  message: string;
}

export interface Analysis {
  /** Length of the analysed text in UTF-16 code units. */
  length: number;
  entities: Entity[];
  quotes: Attribution[];
  claims: Attribution[];
  problems: TextProblem[];
}

export interface AnalyzeOptions {
  /** Skip pronoun and role-noun resolution (faster, fewer links). Default false. */
  noCoreference?: boolean;
  /**
   * The text's markup, read through: 'markdown' analyses the words without their syntax
   * (`**`, `> `, `# `, `[…](…)`; see src/core/markup.ts). Offsets stay the input's. Default none.
   */
  markup?: Markup;
}
