/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-check-item.h"

struct _DoorstepCheckItem {
  GObject   parent_instance;

  /* owned references */
  GObject  *item;

  char     *id;
  char     *title;
  char     *subtitle;
  char     *amount;
  gboolean  active;
};

G_DEFINE_FINAL_TYPE (DoorstepCheckItem, doorstep_check_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_ID,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_AMOUNT,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
doorstep_check_item_finalize (GObject *object)
{
  DoorstepCheckItem *self = DOORSTEP_CHECK_ITEM (object);

  g_clear_object (&self->item);
  g_free (self->id);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->amount);
  G_OBJECT_CLASS (doorstep_check_item_parent_class)->finalize (object);
}

static void
doorstep_check_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DoorstepCheckItem *self = DOORSTEP_CHECK_ITEM (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_AMOUNT:
      g_value_set_string (value, self->amount);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_check_item_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DoorstepCheckItem *self = DOORSTEP_CHECK_ITEM (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_SUBTITLE:
      self->subtitle = g_value_dup_string (value);
      break;
    case PROP_AMOUNT:
      self->amount = g_value_dup_string (value);
      break;
    case PROP_ACTIVE:
      doorstep_check_item_set_active (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_check_item_class_init (DoorstepCheckItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = doorstep_check_item_finalize;
  object_class->get_property = doorstep_check_item_get_property;
  object_class->set_property = doorstep_check_item_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* what names its row's check button, "<prefix>-check-<id>" */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* shown at the row's end, or none */
  properties[PROP_AMOUNT] =
    g_param_spec_string ("amount", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
doorstep_check_item_init (DoorstepCheckItem *self)
{
}

/**
 * doorstep_check_item_new:
 * @item: (type GObject): what it stands for
 * @subtitle: (nullable): a line about it
 * @amount: (nullable): an amount shown at the end of its row
 */
DoorstepCheckItem *
doorstep_check_item_new (gpointer    item,
                         const char *id,
                         const char *title,
                         const char *subtitle,
                         const char *amount)
{
  g_return_val_if_fail (G_IS_OBJECT (item), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return g_object_new (DOORSTEP_TYPE_CHECK_ITEM, "item", item, "id", id, "title", title, "subtitle", subtitle,
                       "amount", amount, NULL);
}

/**
 * doorstep_check_item_get_item:
 *
 * Returns: (transfer none) (type GObject): what it stands for
 */
gpointer
doorstep_check_item_get_item (DoorstepCheckItem *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECK_ITEM (self), NULL);
  return self->item;
}

const char *
doorstep_check_item_get_id (DoorstepCheckItem *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECK_ITEM (self), NULL);
  return self->id;
}

gboolean
doorstep_check_item_get_active (DoorstepCheckItem *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECK_ITEM (self), FALSE);
  return self->active;
}

void
doorstep_check_item_set_active (DoorstepCheckItem *self,
                                gboolean           active)
{
  g_return_if_fail (DOORSTEP_IS_CHECK_ITEM (self));

  active = !!active;
  if (self->active == active)
    return;
  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}
