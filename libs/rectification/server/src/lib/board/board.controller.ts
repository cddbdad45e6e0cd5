import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type BoardQuery,
  boardQuerySchema,
  type BoardView,
  boardViewSchema,
} from '@bastion/rectification-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { Returns, ValidQuery } from '@bastion/platform-http';
import { BoardService } from './board.service';

@ApiTags('board')
@ApiBearerAuth()
@Controller('board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  /** 挂图作战 of a batch (`batchId`) or of an organisation and its subtree (`orgId`). */
  @Get()
  @Returns(boardViewSchema)
  get(
    @CurrentUser() principal: Principal,
    @ValidQuery(boardQuerySchema as never) query: BoardQuery,
  ): Promise<BoardView> {
    return this.board.board(principal, query);
  }
}
