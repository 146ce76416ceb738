import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '#libs/config';
import { dataSourceOptions } from './data-source-options.js';
import { UnitOfWork } from './unit-of-work.service.js';

@Module({})
export class PersistenceModule {
  static forRoot(): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      providers: [UnitOfWork],
      exports: [UnitOfWork],
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          // A database still starting (compose, the embedded one) is waited for: 10 tries, 2 s apart.
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.databaseUrl, config.databaseRole),
            retryAttempts: 10,
            retryDelay: 2000,
          }),
        }),
      ],
    };
  }
}
