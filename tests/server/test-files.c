/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <string.h>

#include "test-server-fixture.h"

/* Files shared with a customer against the demo business: uploads checked
 * by their bytes, every refusal leaving the blob directory and the table
 * as they were, location metadata gone from what is kept, bytes with ETag
 * and ranges, thumbnails, deleting, and whose is whose. */

#define MAYA_HOME   "prp_demo0maya0okafor_1"
#define DANIEL_FILE "fil_demo0daniel0unit"

static TestServer *server;
static char *maya;
static char *daniel;
static char *operator;
static guint key_counter;

/* Every file under the blob directory, as one sorted line each. */
static void
list_blobs (const char *dir,
            GPtrArray  *names)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        list_blobs (path, names);
      else
        g_ptr_array_add (names, g_steal_pointer (&path));
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static char *
blob_snapshot (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  list_blobs (server->files_dir, names);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

static gint64
file_rows (void)
{
  return test_server_query_int (server, "SELECT COUNT(*) FROM files");
}

static TestResponse *
upload (const char *token,
        const char *query,
        GBytes     *bytes)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *path = g_strconcat ("/api/v1/files?", query, NULL);
  g_autofree char *key = g_strdup_printf ("upload-%u", ++key_counter);
  SoupMessage *msg = test_http_message (server, "POST", path, token, key, "application/octet-stream", bytes);

  return test_http_send (session, msg);
}

static GBytes *
photo_jpeg (int width,
            int height)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autoptr(GError) error = NULL;
  char *buffer;
  gsize length;

  gdk_pixbuf_fill (pixbuf, 0x3366aaff);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &length, "jpeg", &error, NULL));
  g_assert_no_error (error);
  return g_bytes_new_take (buffer, length);
}

static void
put16 (GByteArray *out,
       guint       value)
{
  guint8 bytes[2] = { value & 0xff, (value >> 8) & 0xff };

  g_byte_array_append (out, bytes, 2);
}

static void
put32 (GByteArray *out,
       guint32     value)
{
  guint8 bytes[4] = { value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >> 24 };

  g_byte_array_append (out, bytes, 4);
}

static void
put_entry (GByteArray *out,
           guint       tag,
           guint       type,
           guint32     count,
           guint32     value)
{
  put16 (out, tag);
  put16 (out, type);
  put32 (out, count);
  put32 (out, value);
}

/* A photo as a phone takes it: EXIF with a description (kept) and a GPS
 * directory whose processing method says where (to be removed). */
static GBytes *
photo_with_location (void)
{
  g_autoptr(GBytes) plain = photo_jpeg (64, 48);
  g_autoptr(GByteArray) tiff = g_byte_array_new ();
  g_autoptr(GByteArray) jpeg = g_byte_array_new ();
  gsize size;
  const guint8 *data = g_bytes_get_data (plain, &size);
  guint8 marker[4] = { 0xff, 0xe1, 0, 0 };

  g_byte_array_append (tiff, (const guint8 *) "II*\0", 4);
  put32 (tiff, 8);
  /* IFD0 at 8: a description at 38 and the GPS directory at 46 */
  put16 (tiff, 2);
  put_entry (tiff, 0x010e, 2, 8, 38);
  put_entry (tiff, 0x8825, 4, 1, 46);
  put32 (tiff, 0);
  g_byte_array_append (tiff, (const guint8 *) "KEEP-ME", 8);
  /* GPS at 46: latitude reference inline, the method's 20 bytes at 76 */
  put16 (tiff, 2);
  put_entry (tiff, 0x0001, 2, 2, 'N');
  put_entry (tiff, 0x001b, 7, 20, 76);
  put32 (tiff, 0);
  g_byte_array_append (tiff, (const guint8 *) "ASCII\0\0\0SECRET-PLACE", 20);
  g_assert_cmpuint (tiff->len, ==, 96);

  marker[2] = (guint8) ((tiff->len + 8) >> 8);
  marker[3] = (guint8) ((tiff->len + 8) & 0xff);
  g_byte_array_append (jpeg, data, 2);
  g_byte_array_append (jpeg, marker, 4);
  g_byte_array_append (jpeg, (const guint8 *) "Exif\0", 6);
  g_byte_array_append (jpeg, tiff->data, tiff->len);
  g_byte_array_append (jpeg, data + 2, (guint) (size - 2));
  return g_byte_array_free_to_bytes (g_steal_pointer (&jpeg));
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *needle)
{
  gsize size, length = strlen (needle);
  const char *data = g_bytes_get_data (bytes, &size);

  for (gsize i = 0; i + length <= size; i++)
    if (memcmp (data + i, needle, length) == 0)
      return TRUE;
  return FALSE;
}

static void
put_be32 (GByteArray *out,
          guint32     value)
{
  guint8 bytes[4] = { value >> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff };

  g_byte_array_append (out, bytes, 4);
}

static void
png_chunk (GByteArray   *out,
           const char   *type,
           const guint8 *data,
           gsize         length)
{
  g_autoptr(GByteArray) crc_input = g_byte_array_new ();

  put_be32 (out, (guint32) length);
  g_byte_array_append (out, (const guint8 *) type, 4);
  g_byte_array_append (out, data, (guint) length);
  /* zlib's crc32, by hand: nothing checks it before the decoder */
  {
    guint32 crc = 0xffffffff;

    g_byte_array_append (crc_input, (const guint8 *) type, 4);
    g_byte_array_append (crc_input, data, (guint) length);
    for (guint i = 0; i < crc_input->len; i++)
      {
        crc ^= crc_input->data[i];
        for (int k = 0; k < 8; k++)
          crc = (crc >> 1) ^ (0xedb88320 & -(crc & 1));
      }
    put_be32 (out, crc ^ 0xffffffff);
  }
}

/* A PNG header claiming @width x @height, with a token of data. */
static GBytes *
png_claiming (guint32 width,
              guint32 height)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();
  guint8 ihdr[13] = { 0 };
  const guint8 idat[] = { 0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01 };

  g_byte_array_append (png, (const guint8 *) "\x89PNG\r\n\x1a\n", 8);
  for (int i = 0; i < 4; i++)
    {
      ihdr[i] = (guint8) (width >> (24 - 8 * i));
      ihdr[4 + i] = (guint8) (height >> (24 - 8 * i));
    }
  ihdr[8] = 8;
  ihdr[9] = 2;
  png_chunk (png, "IHDR", ihdr, sizeof ihdr);
  png_chunk (png, "IDAT", idat, sizeof idat);
  png_chunk (png, "IEND", NULL, 0);
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

static GBytes *
small_pdf (void)
{
  static const char pdf[] = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

  return g_bytes_new_static (pdf, sizeof pdf - 1);
}

static void
test_upload_photo (void)
{
  g_autoptr(GBytes) photo = photo_with_location ();
  g_autoptr(TestResponse) created = upload (maya, "name=Leak%20under%20the%20sink.jpg&job_id=job_demo0sink", photo);
  g_autoptr(TestResponse) stored = NULL;
  g_autoptr(TestResponse) thumbnail = NULL;
  g_autoptr(TestResponse) listed = NULL;
  g_autofree char *content = NULL;
  g_autofree char *thumbnail_path = NULL;
  JsonObject *file;
  JsonArray *items;
  gboolean found = FALSE;

  g_assert_true (bytes_contain (photo, "SECRET-PLACE"));
  g_assert_cmpuint (created->status, ==, 201);
  file = test_response_object (created);
  g_assert_cmpstr (test_json_string (file, "kind"), ==, "photo");
  g_assert_cmpstr (test_json_string (file, "content_type"), ==, "image/jpeg");
  g_assert_cmpstr (test_json_string (file, "shared_by"), ==, "customer");
  g_assert_cmpstr (test_json_string (file, "shared_by_name"), ==, "Maya Okafor");
  g_assert_cmpstr (test_json_string (file, "job_title"), ==, "Kitchen sink and garbage disposal replacement");
  /* the job's property follows it */
  g_assert_cmpstr (test_json_string (file, "property_id"), ==, MAYA_HOME);
  g_assert_cmpint (json_object_get_int_member (file, "width"), ==, 64);
  g_assert_true (json_object_get_boolean_member (file, "can_delete"));
  g_assert_true (json_object_get_boolean_member (file, "has_thumbnail"));
  g_assert_nonnull (soup_message_headers_get_one (created->headers, "Location"));

  /* Kept without where it was taken, the rest of its EXIF as it was. */
  content = g_strdup_printf ("/api/v1/files/%s/content", test_json_string (file, "id"));
  stored = test_http (server, "GET", content, maya, NULL);
  g_assert_cmpuint (stored->status, ==, 200);
  g_assert_cmpstr (stored->content_type, ==, "image/jpeg");
  g_assert_false (bytes_contain (stored->body, "SECRET-PLACE"));
  g_assert_true (bytes_contain (stored->body, "KEEP-ME"));
  g_assert_cmpint (json_object_get_int_member (file, "size_bytes"), ==, (gint64) g_bytes_get_size (stored->body));

  thumbnail_path = g_strdup_printf ("/api/v1/files/%s/thumbnail", test_json_string (file, "id"));
  thumbnail = test_http (server, "GET", thumbnail_path, maya, NULL);
  g_assert_cmpuint (thumbnail->status, ==, 200);
  g_assert_cmpstr (thumbnail->content_type, ==, "image/jpeg");
  g_assert_false (bytes_contain (thumbnail->body, "SECRET-PLACE"));

  /* In the list, as a photo she shared. */
  listed = test_http (server, "GET", "/api/v1/documents?kind=photos&q=leak", maya, NULL);
  items = json_object_get_array_member (test_response_object (listed), "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_str_equal (test_json_string (item, "id"), test_json_string (file, "id")))
        {
          found = TRUE;
          g_assert_cmpstr (test_json_string (item, "shared_by"), ==, "customer");
          g_assert_true (json_object_get_boolean_member (item, "can_delete"));
          g_assert_cmpint (json_object_get_int_member (item, "size_bytes"), ==,
                           (gint64) g_bytes_get_size (stored->body));
        }
    }
  g_assert_true (found);
}

static void
test_upload_png_and_pdf (void)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autoptr(GBytes) png_bytes = NULL;
  g_autoptr(GBytes) pdf = small_pdf ();
  g_autoptr(TestResponse) png_created = NULL;
  g_autoptr(TestResponse) pdf_created = NULL;
  g_autoptr(TestResponse) stored = NULL;
  g_autofree char *content = NULL;
  g_autoptr(GBytes) base = png_claiming (1, 1);
  gsize size;
  const guint8 *data = g_bytes_get_data (base, &size);

  /* A 1x1 PNG with a text chunk saying where, before its IEND. */
  g_byte_array_append (png, data, (guint) (size - 12));
  png_chunk (png, "tEXt", (const guint8 *) "Location\0SECRET-PLACE", 21);
  g_byte_array_append (png, data + size - 12, 12);
  png_bytes = g_byte_array_free_to_bytes (g_steal_pointer (&png));

  png_created = upload (maya, "name=Meter.png&property_id=" MAYA_HOME, png_bytes);
  g_assert_cmpuint (png_created->status, ==, 201);
  content = g_strdup_printf ("/api/v1/files/%s/content", test_json_string (test_response_object (png_created), "id"));
  stored = test_http (server, "GET", content, maya, NULL);
  g_assert_cmpstr (stored->content_type, ==, "image/png");
  g_assert_false (bytes_contain (stored->body, "SECRET-PLACE"));

  /* What a file is comes from its bytes: a PDF named .jpg is a PDF. */
  pdf_created = upload (maya, "name=Warranty%20card.jpg", pdf);
  g_assert_cmpuint (pdf_created->status, ==, 201);
  g_assert_cmpstr (test_json_string (test_response_object (pdf_created), "kind"), ==, "document");
  g_assert_cmpstr (test_json_string (test_response_object (pdf_created), "content_type"), ==, "application/pdf");
  g_assert_false (json_object_get_boolean_member (test_response_object (pdf_created), "has_thumbnail"));
}

/* One refused upload: its status, and nothing kept anywhere. */
static void
assert_refused (const char *query,
                GBytes     *bytes,
                guint       status,
                const char *token)
{
  g_autofree char *before = blob_snapshot ();
  gint64 rows = file_rows ();
  g_autoptr(TestResponse) response = upload (token, query, bytes);
  g_autofree char *after = NULL;

  test_assert_problem (response, status);
  after = blob_snapshot ();
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (file_rows (), ==, rows);
}

static void
test_refusals (void)
{
  static const char elf[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0";
  static const char fake_pdf[] = "%PDF-1.7\nThis is not really a PDF at all, and it ends here.";
  g_autoptr(GBytes) executable = g_bytes_new_static (elf, sizeof elf - 1);
  g_autoptr(GBytes) not_pdf = g_bytes_new_static (fake_pdf, sizeof fake_pdf - 1);
  g_autoptr(GBytes) bomb = png_claiming (50000, 50000);
  g_autoptr(GBytes) photo = photo_jpeg (40, 30);
  g_autoptr(GBytes) truncated = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autofree char *six_mb = g_malloc0 (6 * 1024 * 1024);
  g_autoptr(GBytes) too_big = NULL;
  g_autoptr(GString) long_name = g_string_new ("name=");
  const char *names[] = { "name=a%2Fb.jpg", "name=..%5Cwindows.jpg", "name=bad%0d%0aSet-Cookie%3A%20x.jpg",
                          "name=%22quoted%22.jpg", "name=tab%09.jpg", "name=...", "name=%ff%fe.jpg", "", NULL };

  memcpy (six_mb, "\x89PNG\r\n\x1a\n", 8);
  too_big = g_bytes_new_take (g_steal_pointer (&six_mb), 6 * 1024 * 1024);
  truncated = g_bytes_new_from_bytes (photo, 0, g_bytes_get_size (photo) / 2);
  for (int i = 0; i < 10000; i++)
    g_string_append_c (long_name, 'a');

  assert_refused ("name=setup.jpg", executable, 415, maya);
  assert_refused ("name=Report.pdf", not_pdf, 422, maya);
  assert_refused ("name=Huge.png", bomb, 422, maya);
  assert_refused ("name=Big.png", too_big, 413, maya);
  assert_refused ("name=Half.jpg", truncated, 422, maya);
  assert_refused ("name=Empty.pdf", empty, 422, maya);
  /* 10,000 characters do not fit in a request line (414); 300 fit but
   * are too long for a name. */
  assert_refused (long_name->str, photo, 414, maya);
  g_string_truncate (long_name, 305);
  assert_refused (long_name->str, photo, 422, maya);
  for (guint i = 0; names[i] != NULL; i++)
    assert_refused (names[i], photo, 422, maya);
  /* What it belongs to must be hers. */
  assert_refused ("name=x.jpg&property_id=prp_demo0daniel0reyes_1", photo, 422, maya);
  assert_refused ("name=x.jpg&job_id=job_demo0daniel", photo, 422, maya);
  /* Staff preview, never upload. */
  assert_refused ("name=x.jpg&customer_id=" MAYA_ID, photo, 403, operator);
  test_assert_still_serving (server);
}

static void
test_refusals_on_the_wire (void)
{
  g_autofree char *before = blob_snapshot ();
  gint64 rows = file_rows ();
  g_autofree char *head = NULL;
  g_autofree char *chunked = NULL;
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GBytes) photo = photo_jpeg (40, 30);
  gsize size;
  const char *data = g_bytes_get_data (photo, &size);

  /* Cut off half-way: the connection closes before the body is whole. */
  {
    g_autoptr(GSocketConnection) connection = test_server_connect (server);
    GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));

    head = g_strdup_printf ("POST /api/v1/files?name=cut.jpg HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\n"
                            "Idempotency-Key: cut\r\nContent-Length: %" G_GSIZE_FORMAT "\r\n\r\n", maya, size);
    g_assert_true (g_output_stream_write_all (out, head, strlen (head), NULL, NULL, NULL));
    g_assert_true (g_output_stream_write_all (out, data, size / 2, NULL, NULL, NULL));
    g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  }
  test_assert_still_serving (server);

  /* A body without a length. */
  chunked = g_strdup_printf ("POST /api/v1/files?name=c.jpg HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\n"
                             "Idempotency-Key: chunked\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "5\r\nhello\r\n0\r\n\r\n", maya);
  answer = test_raw_exchange (server, chunked, strlen (chunked));
  g_assert_cmpuint (test_raw_status (answer), ==, 411);

  /* Without a key. */
  {
    g_autoptr(TestResponse) keyless = test_http_full (server, "POST", "/api/v1/files?name=k.jpg", maya,
                                                      "image/jpeg", photo);

    test_assert_problem (keyless, 400);
  }
  {
    g_autofree char *after = blob_snapshot ();

    g_assert_cmpstr (after, ==, before);
  }
  g_assert_cmpint (file_rows (), ==, rows);
  test_assert_still_serving (server);
}

static void
test_retry (void)
{
  g_autoptr(GBytes) pdf = small_pdf ();
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(TestResponse) first = NULL;
  g_autoptr(TestResponse) again = NULL;
  gint64 rows;

  first = test_http_send (session, test_http_message (server, "POST", "/api/v1/files?name=Once.pdf", maya,
                                                      "retry-once", "application/pdf", pdf));
  rows = file_rows ();
  again = test_http_send (session, test_http_message (server, "POST", "/api/v1/files?name=Once.pdf", maya,
                                                      "retry-once", "application/pdf", pdf));
  g_assert_cmpuint (first->status, ==, 201);
  g_assert_cmpuint (again->status, ==, 201);
  g_assert_cmpstr (soup_message_headers_get_one (again->headers, "Idempotent-Replayed"), ==, "true");
  g_assert_cmpstr (test_json_string (test_response_object (again), "id"), ==,
                   test_json_string (test_response_object (first), "id"));
  g_assert_cmpint (file_rows (), ==, rows);
}

static TestResponse *
get_with (const char *path,
          const char *header,
          const char *value)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  SoupMessage *msg = test_http_message (server, "GET", path, maya, NULL, NULL, NULL);

  if (header != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), header, value);
  return test_http_send (session, msg);
}

static void
test_bytes (void)
{
  const char *path = "/api/v1/files/fil_demo0camera0report/content";
  g_autoptr(TestResponse) whole = get_with (path, NULL, NULL);
  const char *etag = soup_message_headers_get_one (whole->headers, "ETag");
  g_autoptr(TestResponse) first10 = get_with (path, "Range", "bytes=0-9");
  g_autoptr(TestResponse) last5 = get_with (path, "Range", "bytes=-5");
  g_autoptr(TestResponse) open_ended = get_with (path, "Range", "bytes=100-");
  g_autoptr(TestResponse) past_end = get_with (path, "Range", "bytes=99999999-");
  g_autoptr(TestResponse) several = get_with (path, "Range", "bytes=0-1,4-5");
  g_autoptr(TestResponse) unchanged = get_with (path, "If-None-Match", etag);
  g_autoptr(TestResponse) other = get_with (path, "If-None-Match", "\"something-else\"");
  g_autoptr(TestResponse) download = get_with ("/api/v1/files/fil_demo0camera0report/content?download=1", NULL, NULL);
  g_autofree char *range = NULL;
  gsize size;
  const guint8 *data = g_bytes_get_data (whole->body, &size);

  g_assert_cmpuint (whole->status, ==, 200);
  g_assert_cmpstr (whole->content_type, ==, "application/pdf");
  g_assert_nonnull (etag);
  g_assert_cmpstr (soup_message_headers_get_one (whole->headers, "Accept-Ranges"), ==, "bytes");
  g_assert_cmpstr (soup_message_headers_get_one (whole->headers, "Content-Disposition"), ==,
                   "inline; filename=\"Main line camera report.pdf\"; "
                   "filename*=UTF-8''Main%20line%20camera%20report.pdf");
  g_assert_true (g_str_has_prefix (soup_message_headers_get_one (download->headers, "Content-Disposition"),
                                   "attachment; "));

  g_assert_cmpuint (first10->status, ==, 206);
  g_assert_cmpuint (g_bytes_get_size (first10->body), ==, 10);
  g_assert_cmpmem (g_bytes_get_data (first10->body, NULL), 10, data, 10);
  range = g_strdup_printf ("bytes 0-9/%" G_GSIZE_FORMAT, size);
  g_assert_cmpstr (soup_message_headers_get_one (first10->headers, "Content-Range"), ==, range);

  g_assert_cmpuint (last5->status, ==, 206);
  g_assert_cmpmem (g_bytes_get_data (last5->body, NULL), 5, data + size - 5, 5);
  g_assert_cmpuint (open_ended->status, ==, 206);
  g_assert_cmpuint (g_bytes_get_size (open_ended->body), ==, size - 100);
  test_assert_problem (past_end, 416);
  /* More than one range is answered whole, as HTTP allows. */
  g_assert_cmpuint (several->status, ==, 200);
  g_assert_cmpuint (g_bytes_get_size (several->body), ==, size);

  g_assert_cmpuint (unchanged->status, ==, 304);
  g_assert_cmpuint (g_bytes_get_size (unchanged->body), ==, 0);
  g_assert_cmpuint (other->status, ==, 200);

  /* A range of an older version (If-Range no longer matching) is whole. */
  {
    g_autoptr(SoupSession) session = soup_session_new ();
    SoupMessage *msg = test_http_message (server, "GET", path, maya, NULL, NULL, NULL);
    g_autoptr(TestResponse) stale = NULL;

    soup_message_headers_replace (soup_message_get_request_headers (msg), "Range", "bytes=0-9");
    soup_message_headers_replace (soup_message_get_request_headers (msg), "If-Range", "\"old\"");
    stale = test_http_send (session, msg);
    g_assert_cmpuint (stale->status, ==, 200);
  }

  /* A document has no thumbnail. */
  {
    g_autoptr(TestResponse) none = test_http (server, "GET", "/api/v1/files/fil_demo0camera0report/thumbnail",
                                              maya, NULL);

    test_assert_problem (none, 404);
  }
}

static void
test_name_in_headers (void)
{
  g_autoptr(GBytes) pdf = small_pdf ();
  g_autoptr(TestResponse) created = upload (maya, "name=Facture%20%C3%A9t%C3%A9.pdf", pdf);
  g_autoptr(TestResponse) stored = NULL;
  g_autofree char *path = NULL;

  g_assert_cmpuint (created->status, ==, 201);
  g_assert_cmpstr (test_json_string (test_response_object (created), "name"), ==, "Facture été.pdf");
  path = g_strdup_printf ("/api/v1/files/%s/content", test_json_string (test_response_object (created), "id"));
  stored = test_http (server, "GET", path, maya, NULL);
  g_assert_cmpstr (soup_message_headers_get_one (stored->headers, "Content-Disposition"), ==,
                   "inline; filename=\"Facture __t__.pdf\"; filename*=UTF-8''Facture%20%C3%A9t%C3%A9.pdf");
}

static void
test_isolation (void)
{
  const char * const paths[] = { "/api/v1/files/" DANIEL_FILE, "/api/v1/files/" DANIEL_FILE "/content",
                                 "/api/v1/files/" DANIEL_FILE "/thumbnail" };
  g_autoptr(TestResponse) his = test_http (server, "GET", "/api/v1/files/" DANIEL_FILE "/content", daniel, NULL);
  g_autoptr(TestResponse) delete = test_http (server, "DELETE", "/api/v1/files/" DANIEL_FILE, maya, NULL);
  g_autoptr(TestResponse) preview = test_http (server, "GET",
                                               "/api/v1/files/" DANIEL_FILE "?customer_id=" DANIEL_ID, operator,
                                               NULL);
  g_autoptr(TestResponse) preview_other = test_http (server, "GET",
                                                     "/api/v1/files/" DANIEL_FILE "?customer_id=" MAYA_ID,
                                                     operator, NULL);
  g_autoptr(TestResponse) unknown = test_http (server, "GET", "/api/v1/files/fil_nothing", maya, NULL);

  g_assert_cmpuint (his->status, ==, 200);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(TestResponse) hers = test_http (server, "GET", paths[i], maya, NULL);

      test_assert_problem (hers, 404);
    }
  test_assert_problem (delete, 404);
  test_assert_problem (unknown, 404);
  /* Staff read a customer's files in a preview, and only theirs. */
  g_assert_cmpuint (preview->status, ==, 200);
  g_assert_false (json_object_get_boolean_member (test_response_object (preview), "can_delete"));
  test_assert_problem (preview_other, 404);
}

static void
test_delete (void)
{
  g_autoptr(GBytes) photo = photo_jpeg (30, 20);
  g_autoptr(TestResponse) created = upload (maya, "name=Mine.jpg", photo);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *path = NULL;
  g_autofree char *content = NULL;
  g_autoptr(TestResponse) by_staff = NULL;
  g_autoptr(TestResponse) business = test_http (server, "DELETE", "/api/v1/files/fil_demo0camera0report", maya,
                                                NULL);
  g_autoptr(TestResponse) deleted = NULL;
  g_autoptr(TestResponse) again = NULL;
  g_autoptr(TestResponse) gone = NULL;
  gint64 rows;

  g_assert_cmpuint (created->status, ==, 201);
  path = g_strdup_printf ("/api/v1/files/%s", test_json_string (test_response_object (created), "id"));
  content = g_strconcat (path, "/content", NULL);

  /* The business's files are not hers to delete. */
  test_assert_problem (business, 403);
  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM files WHERE id = 'fil_demo0camera0report'"),
                   ==, 1);
  {
    g_autofree char *staff_path = g_strconcat (path, "?customer_id=" MAYA_ID, NULL);

    by_staff = test_http (server, "DELETE", staff_path, operator, NULL);
    test_assert_problem (by_staff, 403);
  }

  before = blob_snapshot ();
  rows = file_rows ();
  deleted = test_http (server, "DELETE", path, maya, NULL);
  g_assert_cmpuint (deleted->status, ==, 204);
  g_assert_cmpint (file_rows (), ==, rows - 1);
  after = blob_snapshot ();
  /* its bytes and its thumbnail went with it */
  g_assert_cmpuint (strlen (after), <, strlen (before));
  g_assert_null (strstr (after, test_json_string (test_response_object (created), "id")));
  g_assert_nonnull (strstr (before, test_json_string (test_response_object (created), "id")));
  again = test_http (server, "DELETE", path, maya, NULL);
  test_assert_problem (again, 404);
  gone = test_http (server, "GET", content, maya, NULL);
  test_assert_problem (gone, 404);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  server = test_server_start (TRUE);
  maya = test_login (server, "customer@example.com", NULL);
  daniel = test_login (server, "customer2@example.com", NULL);
  operator = test_login (server, "operator@example.com", NULL);

  g_test_add_func ("/files/upload-photo", test_upload_photo);
  g_test_add_func ("/files/upload-png-and-pdf", test_upload_png_and_pdf);
  g_test_add_func ("/files/refusals", test_refusals);
  g_test_add_func ("/files/refusals-on-the-wire", test_refusals_on_the_wire);
  g_test_add_func ("/files/retry", test_retry);
  g_test_add_func ("/files/bytes", test_bytes);
  g_test_add_func ("/files/name-in-headers", test_name_in_headers);
  g_test_add_func ("/files/isolation", test_isolation);
  g_test_add_func ("/files/delete", test_delete);

  status = g_test_run ();

  g_free (maya);
  g_free (daniel);
  g_free (operator);
  test_server_stop (server);
  return status;
}
