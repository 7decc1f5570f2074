const STORAGE_KEY = 'tandem.apiKey';

/** The API key of this browser; a refusal by the service forgets it and says why. */
export class Auth {
  key = $state<string | null>(localStorage.getItem(STORAGE_KEY));
  refused = $state(false);

  signIn(key: string): void {
    localStorage.setItem(STORAGE_KEY, key);
    this.key = key;
    this.refused = false;
  }

  signOut(): void {
    localStorage.removeItem(STORAGE_KEY);
    this.key = null;
  }

  /** Called on any 401. */
  reject(): void {
    this.signOut();
    this.refused = true;
  }
}
