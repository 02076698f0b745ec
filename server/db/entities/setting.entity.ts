import { Column, Entity, PrimaryColumn } from "typeorm";

/** Organisation-wide settings and one-time markers ("demo-seeded"), as key and JSON value. */
@Entity("setting")
export class SettingEntity {
  @PrimaryColumn("text")
  key: string;

  @Column("jsonb")
  value: unknown;
}
