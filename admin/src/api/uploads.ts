import { z } from 'zod';

import type { FetchClient } from '@strapi/strapi/admin';

const uploadedSchema = z.array(z.object({ id: z.number(), name: z.string() }));

type UploadedFile = z.infer<typeof uploadedSchema>[number];

/** Puts files into the Media Library (`POST /upload`); answers their ids for a reply's attachments. */
const uploadFiles = async (client: FetchClient, files: File[]): Promise<UploadedFile[]> => {
  const form = new FormData();
  for (const file of files) {
    form.append('files', file);
  }
  const { data } = await client.post('/upload', form);
  return uploadedSchema.parse(data);
};

export { uploadFiles, type UploadedFile };
