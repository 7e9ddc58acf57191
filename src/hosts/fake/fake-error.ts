/** Error codes the fake raises, named as Office.js names them (`OfficeExtension.ErrorCodes`). */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "ApiNotFound"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "AccessDenied"
  | "Conflict";

/** An error shaped like `OfficeExtension.Error`: a code, a message and debug info. */
export class FakeExcelError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/**
 * The error Office.js throws when a property is read before `load` + `sync`
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model: "you must
 * load … and then call sync before you can read" a property).
 */
export function propertyNotLoaded(objectType: string, property: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objectType}.${property}`,
  );
}
