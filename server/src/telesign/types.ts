/**
 * TeleSign wire types for `/v1/messaging` and its callbacks (docs/telesign.md §1, §3). Field names
 * stay snake_case as on the wire so payloads can be stored and compared without a mapping layer.
 */

export type TeleSignMessageType = 'ARN' | 'OTP' | 'MKT';

export interface TeleSignStatus {
  code: number;
  description: string;
  /**
   * Kept as TeleSign sent it: the docs' own examples carry impossible dates (`2022-31-03T…`).
   * Optional because the send response schema (`SlimStatus`) does not require it.
   */
  updated_on?: string;
}

/** Only present when optional account features (message splitting, pricing, MCC/MNC…) are enabled. */
export interface TeleSignAdditionalInfo {
  message_part_sequence_number?: number;
  message_parts_count?: number;
  /** Comma-separated reference ids, one per part. */
  message_parts_reference_ids?: string;
  mcc?: string;
  mnc?: string;
  price?: string;
  currency?: string;
  /** The sender id TeleSign actually used; it may override the one requested. */
  sender_id?: string;
  cleansed_phone_number?: string;
}

/** Response of `POST /v1/messaging` and `GET /v1/messaging/{reference_id}`. */
export interface TeleSignMessagingResponse {
  /** 32 uppercase hex characters. */
  reference_id: string;
  status: TeleSignStatus;
  /** Echo of the request's `external_id`; `null` when none was sent. */
  external_id?: string | null;
  additional_info?: TeleSignAdditionalInfo;
  /** `"True"`/`"False"` in one TeleSign schema, the modified number in another: kept verbatim. */
  phone_number_modified?: string;
  cleansed_phone_number?: string;
}

/** Delivery report (DLR) callback for a `/v1/messaging` send. */
export interface TeleSignDeliveryReport {
  reference_id: string;
  status: TeleSignStatus;
  submit_timestamp?: string;
  external_id?: string | null;
  additional_info?: TeleSignAdditionalInfo;
}

/** Keyword actions TeleSign's inbound keyword handling reports (§5). */
export type TeleSignInboundAction = 'start' | 'stop' | 'help' | 'generic';

/** Inbound (MO) SMS callback, `sub_resource: "mo_sms"` (§3.3). */
export interface TeleSignInboundMessage {
  reference_id: string;
  /** Code 1500, "Delivered to customer". */
  status: TeleSignStatus;
  submit_timestamp?: string;
  sub_resource: 'mo_sms';
  user_response: {
    /** The end user: the message's *from* number, digits with country code. */
    phone_number: string;
    /** Our short or long code that received the message: the *to* number. */
    sender_id: string;
    mo_message: string;
    iso_country_code?: string;
    /** Only with keyword handling enabled; absent when TeleSign sends an action we do not know. */
    action?: TeleSignInboundAction;
    keyword?: string;
    price?: string;
  };
}

export type TeleSignCallbackPayload =
  | { kind: 'inbound'; message: TeleSignInboundMessage }
  | { kind: 'delivery-report'; report: TeleSignDeliveryReport }
  | { kind: 'unsupported'; reason: string };
