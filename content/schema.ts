/**
 * Schemas (zod) and types for the learning content: lessons, quiz questions,
 * sandbox presets (referenced by id only) and learning paths.
 *
 * Content is plain typed data. Every Cognito number in it is interpolated from
 * `simulator/facts.ts`; `content.test.ts` checks that and validates everything
 * here.
 */
import { z } from 'zod';

/** The AWS certification exams the content is tagged for. */
export const EXAM_CODES = ['DVA-C02', 'SAA-C03', 'SCS-C02'] as const;
export const ExamCodeSchema = z.enum(EXAM_CODES);
export type ExamCode = z.infer<typeof ExamCodeSchema>;

/** The domains of each exam guide, by name (the guides number them; we don't). */
export const EXAM_DOMAINS = {
  'DVA-C02': ['Development with AWS Services', 'Security', 'Deployment', 'Troubleshooting and Optimization'],
  'SAA-C03': ['Design Secure Architectures', 'Design Resilient Architectures', 'Design High-Performing Architectures', 'Design Cost-Optimized Architectures'],
  'SCS-C02': [
    'Threat Detection and Incident Response',
    'Security Logging and Monitoring',
    'Infrastructure Security',
    'Identity and Access Management',
    'Data Protection',
    'Management and Security Governance',
  ],
} as const satisfies Record<ExamCode, readonly string[]>;

/** Lesson and question topics: one lesson per topic, one question file per topic. */
export const TOPICS = [
  'user-pools',
  'tokens',
  'mfa-passwords',
  'lambda-triggers',
  'hosted-ui-oauth',
  'federation',
  'identity-pools',
  'cognito-sync',
  'threat-protection',
  'integrations',
  'monitoring',
  'pricing',
  'quotas-best-practices',
  'pool-vs-identity-pool',
] as const;
export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');
const text = z.string().trim().min(1);

/** Hosts a source may point to: AWS's own sites, or AWS's GitHub organisations. */
export function isAwsSourceUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  const host = url.hostname;
  if (host === 'aws.amazon.com' || host.endsWith('.aws.amazon.com')) return true;
  return host === 'github.com' && /^\/(aws|awslabs|aws-samples|awsdocs|aws-amplify)\//.test(url.pathname);
}
export const AwsUrlSchema = z.string().refine(isAwsSourceUrl, 'an https URL on aws.amazon.com, docs.aws.amazon.com or github.com/aws…');

export const SourceSchema = z.object({ url: AwsUrlSchema, title: text });
export type Source = z.infer<typeof SourceSchema>;

/** A calendar date, YYYY-MM-DD, that really exists. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'a real date');

/** Something AWS changed, with the date it took effect (or the date we read it). */
export const DatedNoteSchema = z.object({
  date: IsoDateSchema,
  text,
  /** True when the date or the change is not confirmed by an AWS source. */
  unconfirmed: z.boolean().optional(),
});
export type DatedNote = z.infer<typeof DatedNoteSchema>;

/** A sandbox scenario (implemented by the sandbox); content refers to it by id. */
export const PresetSchema = z.object({
  id: slug,
  description: text,
  topics: z.array(TopicSchema).min(1),
});
export type Preset = z.infer<typeof PresetSchema>;

export const TryItSchema = z.object({
  label: text,
  /** A preset id from `content/presets/ids.ts`. */
  preset: slug,
  /** Optional step inside the preset to open at. */
  step: slug.optional(),
});
export type TryIt = z.infer<typeof TryItSchema>;

export const ExamDomainSchema = z
  .object({ exam: ExamCodeSchema, domain: text })
  .refine((d) => (EXAM_DOMAINS[d.exam] as readonly string[]).includes(d.domain), 'domain must be one of the exam guide domains');
export type ExamDomain = z.infer<typeof ExamDomainSchema>;

/** The diagram types the lessons may use (Mermaid, rendered in strict mode). */
export const MERMAID_TYPES = ['flowchart', 'graph', 'sequenceDiagram', 'stateDiagram-v2', 'stateDiagram', 'classDiagram', 'erDiagram', 'timeline'] as const;

export const DiagramSchema = z.object({
  caption: text,
  mermaid: text.refine((src) => {
    const first = src.trimStart().split(/\s/)[0];
    return (MERMAID_TYPES as readonly string[]).includes(first);
  }, 'Mermaid source must start with a known diagram type'),
});
export type Diagram = z.infer<typeof DiagramSchema>;

export const SectionSchema = z.object({
  heading: text,
  /** Markdown-ish prose in our own words: paragraphs, `-` lists, `code`, **bold**. */
  body: text,
});
export type Section = z.infer<typeof SectionSchema>;

export const LessonSchema = z.object({
  id: slug,
  title: text,
  topic: TopicSchema,
  summary: text,
  sections: z.array(SectionSchema).min(1),
  diagrams: z.array(DiagramSchema).min(1),
  notes: z.array(DatedNoteSchema),
  sources: z.array(SourceSchema).min(1),
  tryIt: z.array(TryItSchema),
  examDomains: z.array(ExamDomainSchema).min(1),
  /** facts.ts entries the lesson text interpolates (dotted paths). */
  factRefs: z.array(z.string()).optional(),
});
export type Lesson = z.infer<typeof LessonSchema>;

export const OptionSchema = z.object({
  text,
  /** Why this option is right or wrong. */
  explanation: text,
  correct: z.boolean(),
});
export type Option = z.infer<typeof OptionSchema>;

const questionBase = {
  /** Stable id: never reuse or renumber (progress is stored against it). */
  id: z.string().regex(/^[a-z]+-[a-z0-9]+$/),
  topic: TopicSchema,
  stem: text,
  source: AwsUrlSchema,
  exams: z.array(ExamCodeSchema).min(1),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** facts.ts entries (dotted paths) whose values the question depends on. */
  factRefs: z.array(z.string()).optional(),
};

export const SingleQuestionSchema = z
  .object({ ...questionBase, type: z.literal('single'), options: z.array(OptionSchema).min(2) })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, 'a single-answer question has exactly one correct option');

export const MultipleQuestionSchema = z
  .object({ ...questionBase, type: z.literal('multiple'), options: z.array(OptionSchema).min(3) })
  .refine((q) => {
    const right = q.options.filter((o) => o.correct).length;
    return right >= 2 && right < q.options.length;
  }, 'a multiple-answer question has at least two correct options and at least one wrong one');

export const NumericAnswerSchema = z.object({
  value: z.number().finite(),
  unit: text,
  tolerance: z.number().min(0),
});

export const NumericQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('numeric'),
  answer: NumericAnswerSchema,
  /** Why the answer is what it is. */
  explanation: text,
  /** Required: the first entry is the fact the answer must equal. */
  factRefs: z.array(z.string()).min(1),
});

export const QuestionSchema = z.union([SingleQuestionSchema, MultipleQuestionSchema, NumericQuestionSchema]);
export type SingleQuestion = z.infer<typeof SingleQuestionSchema>;
export type MultipleQuestion = z.infer<typeof MultipleQuestionSchema>;
export type NumericQuestion = z.infer<typeof NumericQuestionSchema>;
export type Question = z.infer<typeof QuestionSchema>;

export const LearningPathSchema = z.object({
  id: slug,
  title: text,
  exam: ExamCodeSchema,
  description: text,
  /** Lesson ids, in the order to study them. */
  lessonIds: z.array(slug).min(1),
});
export type LearningPath = z.infer<typeof LearningPathSchema>;
