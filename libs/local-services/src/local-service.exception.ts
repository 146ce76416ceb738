/** The main job could not bring up something it needs; the message says what to do. */
export class LocalServiceException extends Error {
  override name = 'LocalServiceException';
}
