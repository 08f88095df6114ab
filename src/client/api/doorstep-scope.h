/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-api-client.h"
#include "doorstep-customer.h"

G_BEGIN_DECLS

/* Whose portal a view shows, and so whom its calls are for. A customer's
 * own view has no customer id (the server knows whose it is); staff
 * previewing a customer name them, and such a view is read-only. Every
 * call made for the view carries the scope, so the customer goes with
 * each call without a page adding it. The view learns the customer's
 * record (with their properties) when its dashboard loads.
 *
 * A scope is made in a session (core's DoorstepSession, which makes it
 * with doorstep_session_new_scope()) and carries it for the views, which
 * reach the session through their scope (doorstep_session_from_scope());
 * this layer, below the session, only holds it. */

#define DOORSTEP_TYPE_SCOPE (doorstep_scope_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepScope, doorstep_scope, DOORSTEP, SCOPE, GObject)

DoorstepScope     *doorstep_scope_new             (DoorstepApiClient *client,
                                                   GObject          *session,
                                                   const char       *customer_id);
GObject           *doorstep_scope_get_session     (DoorstepScope    *self);
DoorstepApiClient *doorstep_scope_get_client      (DoorstepScope    *self);
const char        *doorstep_scope_get_customer_id (DoorstepScope    *self);
gboolean           doorstep_scope_get_read_only   (DoorstepScope    *self);
DoorstepCustomer  *doorstep_scope_get_customer    (DoorstepScope    *self);
void               doorstep_scope_set_customer    (DoorstepScope    *self,
                                                   DoorstepCustomer *customer);

G_END_DECLS
