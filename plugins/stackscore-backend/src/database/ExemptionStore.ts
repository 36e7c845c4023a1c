/**
 * A check waived for one entity until it expires or is revoked.
 *
 * @internal
 */
export interface Exemption {
  id: string;
  entityRef: string;
  checkId: string;
  reason: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt?: Date;
  revokedBy?: string;
}

/**
 * Persistence of exemptions. "Active" means not revoked and not yet expired at the given time, so an
 * expired exemption stops counting without a rescore.
 *
 * @internal
 */
export interface ExemptionStore {
  createExemption(input: {
    entityRef: string;
    checkId: string;
    reason: string;
    createdBy: string;
    expiresAt: Date;
  }): Promise<Exemption>;
  getExemption(id: string): Promise<Exemption | undefined>;
  /** Marks the exemption revoked; revoking twice keeps the first revocation. */
  revokeExemption(
    id: string,
    revokedBy: string,
  ): Promise<Exemption | undefined>;
  /** Active exemptions of these entities at `at`. */
  activeExemptions(
    entityRefs: readonly string[],
    at: Date,
  ): Promise<Exemption[]>;
  /** Newest first, filtered; `before` is the `createdAt` cursor of the previous page's last item. */
  listExemptions(options: {
    entityRef?: string;
    checkId?: string;
    active?: boolean;
    at: Date;
    limit: number;
    before?: Date;
  }): Promise<Exemption[]>;
}
