import { Entity, getMetadataArgsStorage, PrimaryColumn } from 'typeorm';
import { belongsTo } from './belongs-to';

@Entity({ name: 'parent_row' })
class ParentRow {
  @PrimaryColumn('uuid') id!: string;
}

@Entity({ name: 'child_entry' })
class ChildEntry extends belongsTo('child_entry', 'parentRow', () => ParentRow, {
  onDelete: 'CASCADE',
  primary: true,
}) {
  @PrimaryColumn('int') seq!: number;
}

describe('a row that belongs to another', () => {
  const storage = getMetadataArgsStorage();
  const base = Object.getPrototypeOf(ChildEntry) as object;

  it('keeps the parent by `<relation>_id` under `<relation>Id`, part of its primary key when asked', () => {
    const key = storage.columns.find((c) => c.target === base && c.propertyName === 'parentRowId');
    expect(key?.mode).toBe('regular');
    expect(key?.options).toMatchObject({ type: 'uuid', name: 'parent_row_id', primary: true });
  });

  it('names the foreign key `<table>_<relation>_fk` and deletes as told', () => {
    const relation = storage.relations.find((r) => r.target === base && r.propertyName === 'parentRow');
    expect(relation?.relationType).toBe('many-to-one');
    expect(relation?.options.onDelete).toBe('CASCADE');
    const join = storage.joinColumns.find((j) => j.target === base && j.propertyName === 'parentRow');
    expect(join).toMatchObject({
      name: 'parent_row_id',
      foreignKeyConstraintName: 'child_entry_parent_row_fk',
    });
  });
});
