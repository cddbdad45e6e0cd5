// The rule book of member development (《中国共产党发展党员工作细则》), as pure functions the
// workflows, the server and the console all apply.
export type { RuleContext } from './lib/rule-context';
export { countVote, expectedVoters, voteProblems } from './lib/vote';
