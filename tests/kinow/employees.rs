//! EmployeesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_employee() {
    let wire = WireTest::start("kinow", "get_employee").await;
    let employee = wire.replay(client(&wire).get_employee().employee_id(365).send().await);
    assert_eq!(employee.id, Some(558));
    assert_eq!(employee.email.as_deref(), Some("jane.doe@example.com"));
    assert_eq!(employee.firstname.as_deref(), Some("Jane"));
}

#[tokio::test]
async fn get_employees() {
    let wire = WireTest::start("kinow", "get_employees").await;
    let page = wire.replay(
        client(&wire)
            .get_employees()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(880));
    assert_eq!(page.data[0].email.as_deref(), Some("jane.doe@example.com"));
    assert_eq!(page.data[0].firstname.as_deref(), Some("Jane"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
