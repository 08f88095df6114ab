/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-scope.h"

struct _DoorstepScope {
  GObject            parent_instance;

  DoorstepApiClient *client;
  GObject           *session;      /* carried for the layers above */
  char              *customer_id;  /* staff previewing; NULL otherwise */
  DoorstepCustomer  *customer;     /* once known */
};

G_DEFINE_FINAL_TYPE (DoorstepScope, doorstep_scope, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_SESSION,
  PROP_CUSTOMER_ID,
  PROP_READ_ONLY,
  PROP_EDITABLE,
  PROP_CUSTOMER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
doorstep_scope_dispose (GObject *object)
{
  DoorstepScope *self = DOORSTEP_SCOPE (object);

  g_clear_object (&self->client);
  g_clear_object (&self->session);
  g_clear_object (&self->customer);
  G_OBJECT_CLASS (doorstep_scope_parent_class)->dispose (object);
}

static void
doorstep_scope_finalize (GObject *object)
{
  g_free (DOORSTEP_SCOPE (object)->customer_id);
  G_OBJECT_CLASS (doorstep_scope_parent_class)->finalize (object);
}

static void
doorstep_scope_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DoorstepScope *self = DOORSTEP_SCOPE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_CUSTOMER_ID:
      g_value_set_string (value, self->customer_id);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, doorstep_scope_get_read_only (self));
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, !doorstep_scope_get_read_only (self));
      break;
    case PROP_CUSTOMER:
      g_value_set_object (value, self->customer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_scope_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DoorstepScope *self = DOORSTEP_SCOPE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_CUSTOMER_ID:
      self->customer_id = g_value_dup_string (value);
      break;
    case PROP_CUSTOMER:
      doorstep_scope_set_customer (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_scope_class_init (DoorstepScopeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = doorstep_scope_dispose;
  object_class->finalize = doorstep_scope_finalize;
  object_class->get_property = doorstep_scope_get_property;
  object_class->set_property = doorstep_scope_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, DOORSTEP_TYPE_API_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A DoorstepSession, which this layer cannot name: it is above. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_ID] =
    g_param_spec_string ("customer-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The opposite of read-only, for a template to show what only a
   * customer may use. */
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER] =
    g_param_spec_object ("customer", NULL, NULL, DOORSTEP_TYPE_CUSTOMER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
doorstep_scope_init (DoorstepScope *self)
{
}

/**
 * doorstep_scope_new:
 * @client: the connection the scope's calls go through
 * @session: (nullable): the session the scope is made in, which it
 *   carries for the views (a DoorstepSession); %NULL for a scope made
 *   only to make calls
 * @customer_id: (nullable): the customer staff preview, or %NULL for the
 *   signed-in user's own view
 */
DoorstepScope *
doorstep_scope_new (DoorstepApiClient *client,
                    GObject           *session,
                    const char        *customer_id)
{
  g_return_val_if_fail (DOORSTEP_IS_API_CLIENT (client), NULL);
  g_return_val_if_fail (session == NULL || G_IS_OBJECT (session), NULL);

  return g_object_new (DOORSTEP_TYPE_SCOPE, "client", client, "session", session, "customer-id", customer_id, NULL);
}

/**
 * doorstep_scope_get_session:
 *
 * Returns: (transfer none) (nullable): the session the scope was made in;
 *   the layers that know it as a DoorstepSession ask
 *   doorstep_session_from_scope()
 */
GObject *
doorstep_scope_get_session (DoorstepScope *self)
{
  g_return_val_if_fail (DOORSTEP_IS_SCOPE (self), NULL);
  return self->session;
}

DoorstepApiClient *
doorstep_scope_get_client (DoorstepScope *self)
{
  g_return_val_if_fail (DOORSTEP_IS_SCOPE (self), NULL);
  return self->client;
}

const char *
doorstep_scope_get_customer_id (DoorstepScope *self)
{
  g_return_val_if_fail (DOORSTEP_IS_SCOPE (self), NULL);
  return self->customer_id;
}

/* Staff previewing a customer's portal see it and change nothing. */
gboolean
doorstep_scope_get_read_only (DoorstepScope *self)
{
  g_return_val_if_fail (DOORSTEP_IS_SCOPE (self), TRUE);
  return self->customer_id != NULL;
}

/**
 * doorstep_scope_get_customer:
 *
 * Returns: (transfer none) (nullable): the customer, with their
 *   properties, once the view has loaded them
 */
DoorstepCustomer *
doorstep_scope_get_customer (DoorstepScope *self)
{
  g_return_val_if_fail (DOORSTEP_IS_SCOPE (self), NULL);
  return self->customer;
}

void
doorstep_scope_set_customer (DoorstepScope    *self,
                             DoorstepCustomer *customer)
{
  g_return_if_fail (DOORSTEP_IS_SCOPE (self));

  if (g_set_object (&self->customer, customer))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER]);
}
