package io.computility.adapter.slurm;

/** Supplies the JWT for slurmrestd; a token that was refused is invalidated and minted again. */
interface TokenSource {

  String token();

  /** The cluster refused the current token (expired or revoked): mint a new one next time. */
  void invalidate();

  /** The source the configuration asks for: key file, then command, then the fixed token. */
  static TokenSource of(SlurmConfig c) {
    if (c.jwtKeyFile() != null) return new SignedToken(c.jwtKeyFile(), c.user(), c.tokenLifetime());
    if (c.tokenCommand() != null) return new CommandToken(c.tokenCommand(), c.tokenLifetime());
    String fixed = c.token();
    return new TokenSource() {
      @Override
      public String token() {
        return fixed;
      }

      @Override
      public void invalidate() {}
    };
  }
}
