// The Gherkin AST nodes behave's parser fills in line by line: @cucumber/messages' types, writable,
// plus whether a Scenario was written as an outline (behave expands only those).
import type {
  DataTable,
  DocString,
  Examples,
  Feature,
  FeatureChild,
  Scenario,
  Step,
  TableRow,
  Tag,
} from '@cucumber/messages'

type Writable<T> = { -readonly [K in keyof T]: T[K] }

export type MutableStep = Writable<Step> & { docString?: DocString; dataTable?: DataTable }
export type MutableRow = TableRow
export type MutableExamples = Writable<Examples> & { tableBody: TableRow[] }
export type MutableScenario = Writable<Scenario> & {
  steps: MutableStep[]
  examples: MutableExamples[]
  tags: Tag[]
  /** Written as Scenario Outline / Scenario Template. */
  outline: boolean
}
export type MutableFeature = Writable<Feature> & { tags: Tag[]; children: FeatureChild[] }
