import {
  type BoardQuery,
  boardQuerySchema,
  type BoardView,
  boardViewSchema,
} from '@bastion/rectification-contracts';
import { type Principal, ScopedController, ScopedList } from '@bastion/platform-auth';
import { BoardService } from './board.service';

@ScopedController('board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  /** 挂图作战 of a batch (`batchId`) or of an organisation and its subtree (`orgId`). */
  @ScopedList('', boardQuerySchema as never, boardViewSchema)
  get(principal: Principal, query: BoardQuery): Promise<BoardView> {
    return this.board.board(principal, query);
  }
}
