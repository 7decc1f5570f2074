import { Module, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import type { StoreAdapter } from '@tandem/store';

export const STORE = Symbol('StoreAdapter');

class StoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Hands the one store adapter of this process to whoever needs it, and closes it on shutdown. */
@Module({})
export class StoreModule {
  static forRoot(store: StoreAdapter): DynamicModule {
    return {
      module: StoreModule,
      global: true,
      providers: [{ provide: STORE, useValue: store }, StoreLifecycle],
      exports: [STORE],
    };
  }
}
