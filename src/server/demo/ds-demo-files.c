/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "ds-demo-private.h"
#include "ds-file-store.h"
#include "ds-upload.h"

/* Photos and documents shared with the demo customers. Nothing is checked
 * in: the photos are drawn here (simple scenes, before and after) and
 * saved as JPEG, the documents drawn as one-page PDFs, and each goes
 * through the same checks, thumbnailing and blob store as an upload. */

typedef enum {
  SCENE_FILTER_DIRTY,
  SCENE_FILTER_CLEAN,
  SCENE_IGNITER_CRACKED,
  SCENE_IGNITER_NEW,
  SCENE_PIPE_ROOTS,
  SCENE_PIPE_CLEAR,
  SCENE_CLEANOUT_BEFORE,
  SCENE_CLEANOUT_AFTER,
  SCENE_HEAT_PUMP,
} Scene;

typedef struct {
  const char *id;
  const char *customer_id;
  const char *name;
  const char *job_id;
  const char *property_id;
  const char *uploaded_by;
  const char *shared_by;
  int         days_ago;
  gboolean    photo;
  Scene       scene;          /* photos */
  const char *title;          /* documents */
  const char *text;
} DemoFile;

#define MAYA   "cus_demo0maya0okafor"
#define DANIEL "cus_demo0daniel0reyes"
#define STAFF  "usr_demo0operator"

static const DemoFile demo_files[] = {
  { "fil_demo0filter0before", MAYA, "Furnace filter before.jpg", "job_demo0past5", NULL, STAFF, "business", 60,
    TRUE, SCENE_FILTER_DIRTY },
  { "fil_demo0filter0after", MAYA, "Furnace filter after.jpg", "job_demo0past5", NULL, STAFF, "business", 60,
    TRUE, SCENE_FILTER_CLEAN },
  { "fil_demo0igniter0before", MAYA, "Cracked igniter.jpg", "job_demo0past5", NULL, STAFF, "business", 60,
    TRUE, SCENE_IGNITER_CRACKED },
  { "fil_demo0igniter0after", MAYA, "New igniter fitted.jpg", "job_demo0past5", NULL, STAFF, "business", 60,
    TRUE, SCENE_IGNITER_NEW },
  { "fil_demo0roots0before", MAYA, "Roots at 42 ft.jpg", "job_demo0past4", NULL, STAFF, "business", 200,
    TRUE, SCENE_PIPE_ROOTS },
  { "fil_demo0roots0after", MAYA, "Main line clear.jpg", "job_demo0past4", NULL, STAFF, "business", 200,
    TRUE, SCENE_PIPE_CLEAR },
  { "fil_demo0cleanout0before", MAYA, "Cleanout before.jpg", "job_demo0past4", NULL, STAFF, "business", 200,
    TRUE, SCENE_CLEANOUT_BEFORE },
  { "fil_demo0cleanout0after", MAYA, "Cleanout after.jpg", "job_demo0past4", NULL, STAFF, "business", 200,
    TRUE, SCENE_CLEANOUT_AFTER },
  { "fil_demo0camera0report", MAYA, "Main line camera report.pdf", "job_demo0past4", NULL, STAFF, "business", 199,
    FALSE, 0, "Main line camera inspection",
    "Inspected from the front cleanout to the city tap, 68 ft, after cabling. Roots at 42 ft were cut back "
    "to the pipe wall. No offsets, cracks or bellies. Recommend a maintenance cabling in 18 to 24 months." },
  { "fil_demo0panel0report", MAYA, "Electrical panel capacity.pdf", "job_demo0survey", NULL, STAFF, "business", 41,
    FALSE, 0, "Electrical panel capacity",
    "Both units have 200 A main panels with room for two 30 A double-pole breakers each. The heat pump "
    "condensers need no service upgrade. Permits to be filed by our electrician before installation." },
  { "fil_demo0furnace0registration", MAYA, "Furnace warranty registration.pdf", NULL, "prp_demo0maya0okafor_1",
    STAFF, "business", 140, FALSE, 0, "Warranty registration",
    "Carrier 59SC5A gas furnace, registered with the manufacturer for the 10-year parts limited warranty. "
    "Keep this registration with the furnace's papers; the serial number is on the label inside the door." },
  { "fil_demo0energy0audit", MAYA, "Home energy audit.pdf", NULL, "prp_demo0maya0okafor_1", STAFF, "business", 90,
    FALSE, 0, "Home energy audit",
    "Blower door test: 7.8 ACH50. The largest losses are the attic hatch and the rim joists in the basement. "
    "Air sealing and R-49 attic insulation would cut heating costs by about a fifth." },
  { "fil_demo0heater0manual", MAYA, "Water heater manual.pdf", NULL, "prp_demo0maya0okafor_1",
    "usr_demo0maya0okafor", "customer", 30, FALSE, 0, "Water heater: owner's notes",
    "Bradford White RG250T6N, 50 gallons. Flush the tank once a year; check the anode rod every three years. "
    "Keep the area around the burner clear." },
  { "fil_demo0daniel0unit", DANIEL, "Heat pump outdoor unit.jpg", "job_demo0daniel", NULL,
    "usr_demo0daniel0reyes", "customer", 6, TRUE, SCENE_HEAT_PUMP },
  { "fil_demo0daniel0card", DANIEL, "Heat pump warranty card.pdf", NULL, "prp_demo0daniel0reyes_1", STAFF,
    "business", 20, FALSE, 0, "Heat pump warranty",
    "Mitsubishi heat pump: 12 years on the compressor and 10 years on parts, registered in your name." },
};

#define PHOTO_WIDTH  800
#define PHOTO_HEIGHT 600

static void
draw_scene (cairo_t *cr,
            Scene    scene)
{
  gboolean after = scene == SCENE_FILTER_CLEAN || scene == SCENE_IGNITER_NEW || scene == SCENE_PIPE_CLEAR ||
                   scene == SCENE_CLEANOUT_AFTER;
  cairo_pattern_t *light = cairo_pattern_create_linear (0, 0, PHOTO_WIDTH, PHOTO_HEIGHT);

  /* A lit wall or pipe interior behind, warmer once the work is done. */
  cairo_pattern_add_color_stop_rgb (light, 0, 0.55, 0.52, 0.48);
  cairo_pattern_add_color_stop_rgb (light, 1, after ? 0.78 : 0.30, after ? 0.74 : 0.27, after ? 0.66 : 0.24);
  cairo_set_source (cr, light);
  cairo_paint (cr);
  cairo_pattern_destroy (light);

  switch (scene)
    {
    case SCENE_FILTER_DIRTY:
    case SCENE_FILTER_CLEAN:
      cairo_rectangle (cr, 180, 120, 440, 360);
      cairo_set_source_rgb (cr, after ? 0.95 : 0.42, after ? 0.95 : 0.38, after ? 0.92 : 0.30);
      cairo_fill (cr);
      cairo_set_line_width (cr, 6);
      for (int x = 200; x < 620; x += 28)
        {
          cairo_move_to (cr, x, 130);
          cairo_line_to (cr, x + 14, 470);
        }
      cairo_set_source_rgb (cr, after ? 0.80 : 0.28, after ? 0.82 : 0.25, after ? 0.80 : 0.20);
      cairo_stroke (cr);
      break;
    case SCENE_IGNITER_CRACKED:
    case SCENE_IGNITER_NEW:
      cairo_rectangle (cr, 250, 260, 300, 80);
      cairo_set_source_rgb (cr, 0.20, 0.20, 0.22);
      cairo_fill (cr);
      cairo_rectangle (cr, 380, 150, 40, 120);
      cairo_set_source_rgb (cr, 0.85, 0.80, 0.70);
      cairo_fill (cr);
      if (!after)
        {
          cairo_move_to (cr, 384, 190);
          cairo_line_to (cr, 402, 210);
          cairo_line_to (cr, 392, 232);
          cairo_set_line_width (cr, 4);
          cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          cairo_stroke (cr);
        }
      break;
    case SCENE_PIPE_ROOTS:
    case SCENE_PIPE_CLEAR:
      cairo_arc (cr, 400, 300, 240, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.18, 0.17, 0.16);
      cairo_fill (cr);
      cairo_arc (cr, 400, 300, 120, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.05, 0.05, 0.05);
      cairo_fill (cr);
      if (!after)
        for (int i = 0; i < 14; i++)
          {
            double angle = i * 0.45;

            cairo_move_to (cr, 400 + 230 * cos (angle), 300 + 230 * sin (angle));
            cairo_curve_to (cr, 400 + 150 * cos (angle + 0.4), 300 + 150 * sin (angle + 0.4),
                            400 + 90 * cos (angle - 0.3), 300 + 90 * sin (angle - 0.3),
                            400 + 40 * cos (angle), 300 + 40 * sin (angle));
            cairo_set_line_width (cr, 5);
            cairo_set_source_rgb (cr, 0.62, 0.52, 0.35);
            cairo_stroke (cr);
          }
      break;
    case SCENE_CLEANOUT_BEFORE:
    case SCENE_CLEANOUT_AFTER:
      cairo_rectangle (cr, 0, 420, PHOTO_WIDTH, 180);
      cairo_set_source_rgb (cr, 0.30, 0.45, 0.22);
      cairo_fill (cr);
      cairo_arc (cr, 400, 430, 70, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, after ? 0.92 : 0.55, after ? 0.92 : 0.55, after ? 0.90 : 0.50);
      cairo_fill (cr);
      break;
    case SCENE_HEAT_PUMP:
    default:
      cairo_rectangle (cr, 200, 180, 400, 300);
      cairo_set_source_rgb (cr, 0.93, 0.93, 0.90);
      cairo_fill (cr);
      cairo_arc (cr, 340, 330, 110, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.25, 0.25, 0.27);
      cairo_fill (cr);
      break;
    }
}

static GBytes *
draw_photo (Scene    scene,
            GError **error)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, PHOTO_WIDTH, PHOTO_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, PHOTO_WIDTH, PHOTO_HEIGHT);
  guint8 *pixels = gdk_pixbuf_get_pixels (pixbuf);
  int rowstride = gdk_pixbuf_get_rowstride (pixbuf);
  const guint8 *source;
  int source_stride;
  g_autofree char *buffer = NULL;
  gsize length;

  draw_scene (cr, scene);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* cairo keeps 0xXXRRGGBB words; gdk-pixbuf wants R, G, B bytes. */
  source = cairo_image_surface_get_data (surface);
  source_stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < PHOTO_HEIGHT; y++)
    for (int x = 0; x < PHOTO_WIDTH; x++)
      {
        guint32 word = *(const guint32 *) (source + y * source_stride + x * 4);
        guint8 *p = pixels + y * rowstride + x * 3;

        p[0] = (word >> 16) & 0xff;
        p[1] = (word >> 8) & 0xff;
        p[2] = word & 0xff;
      }
  cairo_surface_destroy (surface);

  if (!gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &length, "jpeg", error, "quality", "80", NULL))
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
draw_document (const DemoFile *demo)
{
  GByteArray *pdf = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, 612, 792);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold 20");

  pango_layout_set_width (layout, 504 * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, demo->title, -1);
  cairo_move_to (cr, 54, 72);
  pango_cairo_show_layout (cr, layout);

  pango_font_description_free (font);
  font = pango_font_description_from_string ("Sans 11");
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, demo->text, -1);
  cairo_move_to (cr, 54, 120);
  pango_cairo_show_layout (cr, layout);

  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (pdf);
}

static gboolean
seed_file (DsDb           *db,
           DsBlobStore    *blobs,
           const DemoFile *demo,
           GError        **error)
{
  g_autoptr(GBytes) bytes = demo->photo ? draw_photo (demo->scene, error) : draw_document (demo);
  g_autoptr(DsUpload) upload = NULL;
  g_autofree char *thumbnail = NULL;
  g_autofree char *created_at = NULL;
  DsFileType type;
  DsFile file = { 0 };

  if (bytes == NULL || !ds_upload_check_quick (bytes, &type, error) ||
      (upload = ds_upload_prepare (bytes, type, error)) == NULL ||
      !ds_upload_store (upload, blobs, demo->id, error))
    return FALSE;

  thumbnail = upload->thumbnail != NULL ? ds_upload_thumbnail_name (demo->id) : NULL;
  created_at = ds_demo_timestamp (-demo->days_ago);
  file.id = (char *) demo->id;
  file.customer_id = (char *) demo->customer_id;
  file.kind = (char *) (demo->photo ? "photo" : "document");
  file.name = (char *) demo->name;
  file.content_type = (char *) ds_file_type_content_type (type);
  file.size_bytes = (gint64) g_bytes_get_size (upload->bytes);
  file.sha256 = upload->sha256;
  file.blob = (char *) demo->id;
  file.thumbnail_blob = thumbnail;
  file.thumbnail_type = (char *) upload->thumbnail_type;
  file.width = upload->width;
  file.height = upload->height;
  file.shared_by = (char *) demo->shared_by;
  file.uploaded_by = (char *) demo->uploaded_by;
  file.job_id = (char *) demo->job_id;
  file.property_id = (char *) demo->property_id;
  file.created_at = created_at;
  return ds_file_store_insert (db, &file, error);
}

gboolean
ds_demo_seed_files (DsDb         *db,
                    DsBlobStore  *blobs,
                    GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_files); i++)
    if (!seed_file (db, blobs, &demo_files[i], error))
      return FALSE;
  return TRUE;
}
