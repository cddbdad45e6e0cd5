// The small world the rule and workflow specs of every domain stand in: numbered test ids and
// people, and the forestry group's committees and branches (the `@bastion/shared-contracts/testing` entry).
export * from './forest';
