/** REST API of the risk service: decision history, trading states and kill switch, runtime limits, risk metrics (snake_case JSON). */
package io.tradingsuite.risk.web;
