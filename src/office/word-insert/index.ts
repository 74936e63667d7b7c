// The Word writer: Markdown → Word's own structures, inserted as one content-control unit.
export { insertMarkdownIn, insertMarkdownUnit, type Inserted, type InsertReport, type IsSetSupported } from './insert-markdown';
export type { InsertWhere } from './anchor';
export {
  listInsertedUnits,
  newUnitTag,
  removeInsertedUnit,
  selectInsertedUnit,
  unitKindOf,
  UNIT_TAG_PREFIX,
  type InsertedUnit,
  type InsertUnit,
  type UnitKind,
} from './unit';
