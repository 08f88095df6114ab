/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-signature-pad.h"

/* A box to sign in with a mouse, touchpad, pen or finger. Strokes are kept
 * in coordinates relative to the pad's size (0 to 1), so a resized window
 * keeps the signature's shape, and exported as a PNG of dark ink on a
 * transparent ground. Delete or Backspace clears it. */

#define EXPORT_WIDTH  900
#define EXPORT_HEIGHT 300
#define INK_WIDTH     2.5

struct _DoorstepSignaturePad {
  GtkWidget  parent_instance;
  GPtrArray *strokes;  /* of GArray of graphene_point_t, relative */
  GArray    *current;
  double     start_x, start_y;
};

G_DEFINE_FINAL_TYPE (DoorstepSignaturePad, doorstep_signature_pad, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EMPTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_point (DoorstepSignaturePad *self,
           double                x,
           double                y)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
  int height = MAX (gtk_widget_get_height (GTK_WIDGET (self)), 1);
  graphene_point_t point = GRAPHENE_POINT_INIT (CLAMP (x / width, 0, 1), CLAMP (y / height, 0, 1));

  g_array_append_val (self->current, point);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_begin_cb (GtkGestureDrag       *gesture,
               double                x,
               double                y,
               DoorstepSignaturePad *self)
{
  gboolean was_empty = doorstep_signature_pad_is_empty (self);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->start_x = x;
  self->start_y = y;
  self->current = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  g_ptr_array_add (self->strokes, self->current);
  add_point (self, x, y);
  if (was_empty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY]);
}

static void
drag_update_cb (GtkGestureDrag       *gesture,
                double                offset_x,
                double                offset_y,
                DoorstepSignaturePad *self)
{
  if (self->current != NULL)
    add_point (self, self->start_x + offset_x, self->start_y + offset_y);
}

static void
drag_end_cb (GtkGestureDrag       *gesture,
             double                offset_x,
             double                offset_y,
             DoorstepSignaturePad *self)
{
  self->current = NULL;
}

static void
draw_strokes (DoorstepSignaturePad *self,
              cairo_t              *cr,
              double                width,
              double                height,
              double                line_width)
{
  cairo_set_line_width (cr, line_width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < self->strokes->len; i++)
    {
      GArray *stroke = g_ptr_array_index (self->strokes, i);

      for (guint j = 0; j < stroke->len; j++)
        {
          const graphene_point_t *p = &g_array_index (stroke, graphene_point_t, j);

          if (j == 0)
            {
              cairo_move_to (cr, p->x * width, p->y * height);
              /* a dot still shows */
              cairo_line_to (cr, p->x * width + 0.01, p->y * height);
            }
          else
            cairo_line_to (cr, p->x * width, p->y * height);
        }
    }
  cairo_stroke (cr);
}

static void
doorstep_signature_pad_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  DoorstepSignaturePad *self = DOORSTEP_SIGNATURE_PAD (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  GdkRGBA color;
  cairo_t *cr;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The line to sign on */
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, 24, height * 0.75 + 0.5);
  cairo_line_to (cr, width - 24, height * 0.75 + 0.5);
  cairo_stroke (cr);

  gdk_cairo_set_source_rgba (cr, &color);
  draw_strokes (self, cr, width, height, INK_WIDTH);
  cairo_destroy (cr);

  GTK_WIDGET_CLASS (doorstep_signature_pad_parent_class)->snapshot (widget, snapshot);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  doorstep_signature_pad_clear (DOORSTEP_SIGNATURE_PAD (widget));
}

static void
doorstep_signature_pad_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DoorstepSignaturePad *self = DOORSTEP_SIGNATURE_PAD (object);

  switch (prop_id)
    {
    case PROP_EMPTY:
      g_value_set_boolean (value, doorstep_signature_pad_is_empty (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_signature_pad_finalize (GObject *object)
{
  DoorstepSignaturePad *self = DOORSTEP_SIGNATURE_PAD (object);

  g_clear_pointer (&self->strokes, g_ptr_array_unref);
  G_OBJECT_CLASS (doorstep_signature_pad_parent_class)->finalize (object);
}

static void
doorstep_signature_pad_class_init (DoorstepSignaturePadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = doorstep_signature_pad_get_property;
  object_class->finalize = doorstep_signature_pad_finalize;
  widget_class->snapshot = doorstep_signature_pad_snapshot;

  properties[PROP_EMPTY] = g_param_spec_boolean ("empty", NULL, NULL, TRUE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "signature.clear", NULL, clear_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "signature.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "signature.clear", NULL);

  gtk_widget_class_set_css_name (widget_class, "signature-pad");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
doorstep_signature_pad_init (DoorstepSignaturePad *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->strokes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  /* Any button of a mouse, a pen's tip, or a touch */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), 0);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
  gtk_widget_set_size_request (GTK_WIDGET (self), 280, 140);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Signature"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Draw your signature with a mouse, touchpad or pen. Press Delete to start over."),
                                  -1);
}

GtkWidget *
doorstep_signature_pad_new (void)
{
  return g_object_new (DOORSTEP_TYPE_SIGNATURE_PAD, NULL);
}

gboolean
doorstep_signature_pad_is_empty (DoorstepSignaturePad *self)
{
  g_return_val_if_fail (DOORSTEP_IS_SIGNATURE_PAD (self), TRUE);
  return self->strokes->len == 0;
}

void
doorstep_signature_pad_clear (DoorstepSignaturePad *self)
{
  g_return_if_fail (DOORSTEP_IS_SIGNATURE_PAD (self));

  if (self->strokes->len == 0)
    return;
  self->current = NULL;
  g_ptr_array_set_size (self->strokes, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY]);
}

/**
 * doorstep_signature_pad_add_stroke:
 * @points: (array length=n_points): in widget coordinates
 *
 * Adds a stroke as if it had been drawn.
 */
void
doorstep_signature_pad_add_stroke (DoorstepSignaturePad   *self,
                                   const graphene_point_t *points,
                                   guint                   n_points)
{
  g_return_if_fail (DOORSTEP_IS_SIGNATURE_PAD (self));
  g_return_if_fail (n_points > 0);

  drag_begin_cb (NULL, points[0].x, points[0].y, self);
  for (guint i = 1; i < n_points; i++)
    add_point (self, points[i].x, points[i].y);
  self->current = NULL;
}

static cairo_status_t
append_png (void                *user_data,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (user_data, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * doorstep_signature_pad_to_png:
 *
 * Returns: (transfer full) (nullable): the signature as a PNG, dark ink on
 *   a transparent ground, or %NULL when nothing is drawn
 */
GBytes *
doorstep_signature_pad_to_png (DoorstepSignaturePad *self)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  GByteArray *png;

  g_return_val_if_fail (DOORSTEP_IS_SIGNATURE_PAD (self), NULL);

  if (self->strokes->len == 0)
    return NULL;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, EXPORT_WIDTH, EXPORT_HEIGHT);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.25);
  draw_strokes (self, cr, EXPORT_WIDTH, EXPORT_HEIGHT, INK_WIDTH * EXPORT_WIDTH / 450.0);
  cairo_destroy (cr);

  png = g_byte_array_new ();
  cairo_surface_write_to_png_stream (surface, append_png, png);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}
