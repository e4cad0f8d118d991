/** Inputs of the official and documented test vectors (docs/telesign.md §2.3, §3.4), shared by the tests. */
export const OFFICIAL = {
  customerId: 'FFFFFFFF-EEEE-DDDD-1234-AB1234567890',
  nodeSdk: {
    apiKey: 'VGVzdCBLZXk=',
    date: 'Wed, 14 Dec 2016 18:20:12 GMT',
    nonce: 'A1592C6F-E384-4CDB-BC42-C3AB970369E9',
  },
  phpSdk: {
    apiKeyAsPublished:
      'EXAMPLE----TE8sTgg45yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw==',
    /** PHP and Python base64 decoders drop the `-`; Node must be given the key without them. */
    apiKey: 'EXAMPLETE8sTgg45yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw==',
    date: 'Mon, 27 Jan 2017 23:59:59 GMT',
    nonce: '5ffb243e-8e2a-4a7b-bf22-2b3925b3d6ef',
  },
  /** TeleSign's documentation example key; valid standard base64. */
  docsKey: 'ABC12345yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw==',
  callbacks: {
    phpBody:
      '{"status":{"updated_on":"2016-07-08T20:52:46.417428Z","code":200,"description":"Delivered to handset"},' +
      '"submit_timestamp":"2016-07-08T20:52:41.203000Z","errors":[],"verify":{"code_state":"UNKNOWN","code_entered":null},' +
      '"sub_resource":"sms","reference_id":"2557312299CC1304904080F4BE17BFB4"}',
    dlrBody:
      '{"reference_id":"B56259E45884010488343BAA15FB0002","status":{"code":200,"description":"Delivered to handset",' +
      '"updated_on":"2016-10-21T14:05:36.181346Z"}}',
    dlrSignature: 'Yb+LGNGaw77VTibWsSraLj7g3CaO0mIuWa0A6JucGnk=',
  },
} as const;
