/** Alert rules, evaluation, silences, forwarding policies and notifiers (in-app, e-mail). */
package io.computility.server.monitoring.alerts;
