import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StoreAdapter } from '@tandem/store';
import { sql } from 'kysely';
import { STORE } from '../store/store.module.js';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and store reachability; needs no key' })
  async health() {
    await sql`SELECT 1`.execute(this.store.db);
    return { status: 'ok', store: this.store.engine };
  }
}
