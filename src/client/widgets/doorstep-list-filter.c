/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-list-filter.h"

struct _DoorstepListFilter {
  GObject   parent_instance;
  char     *name;
  char     *label;
  gboolean  counted;
  guint     count;
};

G_DEFINE_FINAL_TYPE (DoorstepListFilter, doorstep_list_filter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_LABEL,
  PROP_COUNTED,
  PROP_COUNT,
  PROP_COUNT_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
doorstep_list_filter_finalize (GObject *object)
{
  DoorstepListFilter *self = DOORSTEP_LIST_FILTER (object);

  g_free (self->name);
  g_free (self->label);
  G_OBJECT_CLASS (doorstep_list_filter_parent_class)->finalize (object);
}

static void
doorstep_list_filter_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DoorstepListFilter *self = DOORSTEP_LIST_FILTER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_COUNTED:
      g_value_set_boolean (value, self->counted);
      break;
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    case PROP_COUNT_TEXT:
      g_value_take_string (value, self->counted ? g_strdup_printf ("%u", self->count) : g_strdup (""));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_list_filter_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DoorstepListFilter *self = DOORSTEP_LIST_FILTER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_list_filter_class_init (DoorstepListFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = doorstep_list_filter_finalize;
  object_class->get_property = doorstep_list_filter_get_property;
  object_class->set_property = doorstep_list_filter_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTED] =
    g_param_spec_boolean ("counted", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The count as a filter button shows it, "" until counted. */
  properties[PROP_COUNT_TEXT] =
    g_param_spec_string ("count-text", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
doorstep_list_filter_init (DoorstepListFilter *self)
{
}

DoorstepListFilter *
doorstep_list_filter_new (const char *name,
                          const char *label)
{
  return g_object_new (DOORSTEP_TYPE_LIST_FILTER, "name", name, "label", label, NULL);
}

const char *doorstep_list_filter_get_name (DoorstepListFilter *self) { return self->name; }
const char *doorstep_list_filter_get_label (DoorstepListFilter *self) { return self->label; }
gboolean doorstep_list_filter_get_counted (DoorstepListFilter *self) { return self->counted; }
guint doorstep_list_filter_get_count (DoorstepListFilter *self) { return self->count; }

/* @counted: %FALSE while the count is not known */
void
doorstep_list_filter_set_count (DoorstepListFilter *self,
                                gboolean            counted,
                                guint               count)
{
  g_return_if_fail (DOORSTEP_IS_LIST_FILTER (self));

  if (self->counted == counted && self->count == count)
    return;
  self->counted = counted;
  self->count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT_TEXT]);
}
