/** A user as other records show them: who reviewed, decided or raised something. */
export interface Person {
  user_id: string;
  name: string;
}

/** A user id with its name; a user who is gone still shows by id. */
export function person(userId: string, names: ReadonlyMap<string, string>): Person {
  return { user_id: userId, name: names.get(userId) ?? userId };
}
