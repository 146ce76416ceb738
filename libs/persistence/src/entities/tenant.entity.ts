import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A municipality (市町村): the unit nobody's data crosses. */
@Entity({ name: 'tenant' })
export class TenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Short stable code used in URLs and case numbers, e.g. `ichinoseki`. */
  @Column({ type: 'varchar', length: 32, unique: true })
  code!: string;

  /** Name as residents write it, e.g. 一関市. */
  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
