/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-equipment-strip.h"
#include "doorstep-plans-api.h"

/* The customer's equipment above the Plans page's list, under a heading
 * per property: each item with its make, model and location and a badge
 * when its maintenance is due soon or overdue, opening it
 * (plans.open-equipment). */

struct _DoorstepEquipmentStrip {
  DoorstepStrip parent_instance;
};

G_DEFINE_FINAL_TYPE (DoorstepEquipmentStrip, doorstep_equipment_strip, DOORSTEP_TYPE_STRIP)

static GtkWidget *
doorstep_equipment_strip_create_row (DoorstepStrip *strip,
                                     gpointer       item)
{
  DoorstepEquipment *equipment = DOORSTEP_EQUIPMENT (item);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *details = doorstep_equipment_dup_details (equipment);
  g_autofree char *due = doorstep_equipment_dup_due_label (equipment);
  g_autofree char *name = g_strdup_printf ("equipment-%s", doorstep_equipment_get_id (equipment));

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), doorstep_equipment_get_type_name (equipment));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("applications-engineering-symbolic"));
  /* A badge only where it asks for something: due soon, or overdue. */
  if (due != NULL && doorstep_equipment_get_maintenance (equipment) != DOORSTEP_MAINTENANCE_OK)
    {
      GtkWidget *badge = gtk_label_new (due);

      gtk_widget_add_css_class (badge, "quote-status");
      gtk_widget_add_css_class (badge, doorstep_equipment_get_due_style (equipment));
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", doorstep_equipment_get_id (equipment));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "plans.open-equipment");
  return row;
}

/* A heading above the first item of each property. */
static GtkWidget *
doorstep_equipment_strip_create_header (DoorstepStrip *strip,
                                        gpointer       item,
                                        gpointer       before)
{
  DoorstepEquipment *equipment = DOORSTEP_EQUIPMENT (item);
  GtkWidget *header;

  if (before != NULL && g_strcmp0 (doorstep_equipment_get_property_id (DOORSTEP_EQUIPMENT (before)),
                                   doorstep_equipment_get_property_id (equipment)) == 0)
    return NULL;
  header = gtk_label_new (doorstep_equipment_get_property_label (equipment));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_add_css_class (header, "caption-heading");
  gtk_widget_set_margin_top (header, 8);
  gtk_widget_set_margin_bottom (header, 4);
  gtk_widget_set_margin_start (header, 12);
  return header;
}

static void
doorstep_equipment_strip_class_init (DoorstepEquipmentStripClass *klass)
{
  DoorstepStripClass *strip_class = DOORSTEP_STRIP_CLASS (klass);

  strip_class->create_row = doorstep_equipment_strip_create_row;
  strip_class->create_header = doorstep_equipment_strip_create_header;
  doorstep_strip_class_set_list (strip_class, &doorstep_plans_api_equipment, NULL);
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/io/github/doorstep/Doorstep/portal/plans/doorstep-equipment-strip.ui");
}

static void
doorstep_equipment_strip_init (DoorstepEquipmentStrip *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * doorstep_equipment_strip_get_equipment:
 *
 * Returns: (transfer none) (nullable): the equipment shown, once loaded
 */
GListModel *
doorstep_equipment_strip_get_equipment (DoorstepEquipmentStrip *self)
{
  g_return_val_if_fail (DOORSTEP_IS_EQUIPMENT_STRIP (self), NULL);
  return doorstep_strip_get_items (DOORSTEP_STRIP (self));
}
